# Checks: a recursive function failing a few levels deep prints "[Previous line repeated N more times]" after three identical frames.
def countdown(n):
    if n == 0:
        return 1 // n
    return countdown(n - 1)
countdown(6)
