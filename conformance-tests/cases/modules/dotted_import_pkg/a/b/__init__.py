print("init dotted_import_pkg.a.b")
