# Checks: a failing assert with a message prints "AssertionError: message".
def check(total):
    assert total == 10, f"expected 10, got {total}"
check(10)
check(7)
