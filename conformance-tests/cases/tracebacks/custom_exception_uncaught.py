# Checks: an uncaught user-defined exception prints its qualified module name (__main__) and str().
class ValidationError(Exception):
    pass
def validate(age):
    if age < 0:
        raise ValidationError(f"age must be non-negative, got {age}")
validate(5)
validate(-1)
