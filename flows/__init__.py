"""Prefect flows and deployments of bersih. The cleaning itself lives in `pipeline`."""
from .settings import apply_defaults

apply_defaults()
