"""The `bersih` command line."""
