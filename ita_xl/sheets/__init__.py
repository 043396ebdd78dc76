"""Computed sheets and the write-back that splices them into the master."""
