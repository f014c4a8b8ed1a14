# Checks: docstrings on functions, classes and modules; non-first string is not a docstring.
"""Module docstring for the case."""
def documented():
    """Does things.

    More details here.
    """
def not_doc():
    x = 1
    "not a docstring"
class C:
    """Class doc."""
    def m(self):
        "single-quoted doc"
print(repr(__doc__))
print(repr(documented.__doc__))
print(not_doc.__doc__, C.__doc__, C.m.__doc__, C().m.__doc__)
