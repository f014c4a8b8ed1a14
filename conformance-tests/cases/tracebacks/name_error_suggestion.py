# Checks: uncaught NameError for a misspelled name prints CPython's "Did you mean" suggestion in the traceback.
counter = 5
print(countr)
