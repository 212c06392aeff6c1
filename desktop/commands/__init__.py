"""Sub-commands of ``jaklapor-desk``; each module adds its parser in ``register``."""


class CliError(Exception):
    """A command failed in a way the user can fix; printed as one line, exit code 2."""
