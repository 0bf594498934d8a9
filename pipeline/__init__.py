"""bersih's library: read, clean, describe, validate and write scraped pages. No Prefect here."""
PIPELINE_VERSION = "0.2.0"
