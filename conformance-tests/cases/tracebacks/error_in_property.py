# Checks: errors inside property getters and __getitem__ show those frames.
class Lazy:
    @property
    def value(self):
        return self.compute()
    def compute(self):
        return [1, 2, 3][7]
print("accessing")
Lazy().value
