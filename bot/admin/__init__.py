"""Subcommands of `intake-admin`: each module here defines `register(subparsers)`."""
