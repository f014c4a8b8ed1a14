# Checks: repr of dicts with str/int/float/tuple/None values and nested containers; str() equals repr().
d = {"name": "Ann", 'quote"s': 'it\'s', 1: [1.5, None], (2, 3): {"inner": (True,)}, -0.0: "neg zero"}
print(d)
print(str(d) == repr(d), {"": ""}, {0: {}}, {(): []})
