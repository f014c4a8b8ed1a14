setting = "default"
items = []
def describe():
    return f"setting={setting} items={items}"
def change(value):
    global setting
    setting = value
