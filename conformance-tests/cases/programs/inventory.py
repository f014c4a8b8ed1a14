# Program: an inventory with products, orders, restocking rules and a formatted stock report.


class Product:
    def __init__(self, sku, name, price, qty, reorder_level):
        self.sku = sku
        self.name = name
        self.price = price
        self.qty = qty
        self.reorder_level = reorder_level

    @property
    def value(self):
        return self.price * self.qty

    def needs_reorder(self):
        return self.qty <= self.reorder_level


class OrderError(Exception):
    pass


class Inventory:
    def __init__(self):
        self.products = {}
        self.log = []

    def add(self, product):
        if product.sku in self.products:
            raise ValueError(f"duplicate sku {product.sku}")
        self.products[product.sku] = product

    def fulfil(self, order_id, lines):
        missing = []
        for sku, qty in lines:
            p = self.products.get(sku)
            if p is None:
                missing.append(f"{sku} (unknown)")
            elif p.qty < qty:
                missing.append(f"{sku} (have {p.qty}, need {qty})")
        if missing:
            raise OrderError(f"order {order_id} cannot be fulfilled: " + "; ".join(missing))
        total = 0.0
        for sku, qty in lines:
            p = self.products[sku]
            p.qty -= qty
            total += qty * p.price
        self.log.append((order_id, round(total, 2)))
        return total

    def restock(self, batch=20):
        restocked = []
        for p in self.products.values():
            if p.needs_reorder():
                p.qty += batch
                restocked.append(p.sku)
        return restocked

    def report(self):
        header = f"{'SKU':<6}{'Name':<16}{'Qty':>5}{'Price':>9}{'Value':>11}  Flag"
        print(header)
        print("=" * len(header))
        for p in sorted(self.products.values(), key=lambda p: (-p.value, p.sku)):
            flag = "LOW" if p.needs_reorder() else ""
            print(f"{p.sku:<6}{p.name:<16}{p.qty:>5}{p.price:>9.2f}{p.value:>11,.2f}  {flag}".rstrip())
        total = sum([p.value for p in self.products.values()])
        print("-" * len(header))
        print(f"{'Total value':<36}{total:>11,.2f}")


def main():
    inv = Inventory()
    for row in [("A1", "Widget", 2.50, 100, 10), ("B2", "Gadget", 12.99, 15, 5),
                ("C3", "Doohickey", 0.75, 400, 50), ("D4", "Thingamajig", 199.0, 3, 2),
                ("E5", "Sprocket", 5.25, 60, 20)]:
        inv.add(Product(*row))
    try:
        inv.add(Product("A1", "Dup", 1, 1, 1))
    except ValueError as e:
        print("error:", e)
    orders = [("o-1", [("A1", 30), ("C3", 120)]), ("o-2", [("D4", 2), ("B2", 11)]),
              ("o-3", [("E5", 50), ("Z9", 1)]), ("o-4", [("D4", 5)]), ("o-5", [("E5", 45), ("A1", 65)])]
    for order_id, lines in orders:
        try:
            total = inv.fulfil(order_id, lines)
            print(f"{order_id}: charged {total:.2f}")
        except OrderError as e:
            print(e)
    inv.report()
    print("restocked:", inv.restock())
    inv.report()
    print("log:", inv.log)


main()
