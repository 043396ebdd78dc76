"""Validation: small checks over the master that yield :class:`Finding` objects."""
