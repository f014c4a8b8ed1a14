# Checks: assert messages evaluated only on failure, AssertionError with non-str messages.
def msg():
    print("message computed")
    return "computed message"
assert True, msg()
try:
    assert 1 > 2, msg()
except AssertionError as e:
    print(e)
try:
    assert False, {"detail": 1}
except AssertionError as e:
    print(e.args, str(e))
