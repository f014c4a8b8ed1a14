# Checks: assert with and without a message, and pass in various positions.
assert True
assert 1 == 1, "never shown"
try:
    assert 1 == 2, "one is not two"
except AssertionError as e:
    print(type(e).__name__, e, e.args)
try:
    assert []
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)
def nothing():
    pass
class Empty:
    pass
print(nothing(), Empty.__name__)
