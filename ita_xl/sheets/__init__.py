"""The computed sheets' content (comparison, gaps, findings); ita_xl.writeback splices them into the master."""
