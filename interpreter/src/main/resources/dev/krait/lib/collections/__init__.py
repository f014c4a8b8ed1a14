"""Container datatypes. Krait's collections package; so far it holds collections.abc."""
