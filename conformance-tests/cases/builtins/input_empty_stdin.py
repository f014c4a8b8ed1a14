# Checks: input() on empty stdin raises EOFError with an empty message, after printing the prompt.
try:
    input("prompt> ")
except EOFError as e:
    print()
    print(type(e).__name__, repr(str(e)))
