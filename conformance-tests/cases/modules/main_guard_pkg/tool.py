def run():
    return f"tool.run with __name__={__name__}"
if __name__ == "__main__":
    print("this must not print on import")
print("tool module body executed, __name__ =", __name__)
