print("package_init_pkg.models runs")
class Model:
    def __repr__(self):
        return f"<{type(self).__module__}.{type(self).__qualname__}>"
