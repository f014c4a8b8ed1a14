# Program: parse embedded CSV with quoted fields, aggregate sales by region and month, print a report.
CSV = '''region,month,product,units,unit_price
North,2024-01,"Widget, large",12,9.99
South,2024-01,Gadget,5,24.50
North,2024-02,Gadget,7,24.50
East,2024-01,"Widget, large",3,9.99
South,2024-02,"Gizmo ""Pro""",2,120.00
North,2024-01,Gizmo,1,99.00
East,2024-02,Gadget,11,23.75
South,2024-01,"Widget, large",20,9.49
West,2024-02,Gizmo,4,99.00
North,2024-02,"Widget, large",9,9.99'''


def parse_line(line):
    fields, field, quoted, i = [], [], False, 0
    while i < len(line):
        ch = line[i]
        if quoted:
            if ch == '"' and i + 1 < len(line) and line[i + 1] == '"':
                field.append('"')
                i += 1
            elif ch == '"':
                quoted = False
            else:
                field.append(ch)
        elif ch == '"':
            quoted = True
        elif ch == ",":
            fields.append("".join(field))
            field = []
        else:
            field.append(ch)
        i += 1
    fields.append("".join(field))
    return fields


def load(text):
    lines = text.splitlines()
    header = parse_line(lines[0])
    rows = []
    for line in lines[1:]:
        rec = dict(zip(header, parse_line(line)))
        rec["units"] = int(rec["units"])
        rec["unit_price"] = float(rec["unit_price"])
        rec["revenue"] = round(rec["units"] * rec["unit_price"], 2)
        rows.append(rec)
    return header, rows


def group_sum(rows, key, field):
    totals = {}
    for r in rows:
        totals[r[key]] = totals.get(r[key], 0) + r[field]
    return totals


def pivot(rows):
    regions = sorted({r["region"] for r in rows})
    months = sorted({r["month"] for r in rows})
    table = {(reg, m): 0.0 for reg in regions for m in months}
    for r in rows:
        table[r["region"], r["month"]] += r["revenue"]
    return regions, months, table


def main():
    header, rows = load(CSV)
    print("columns:", header)
    print("products:", sorted({r["product"] for r in rows}))
    regions, months, table = pivot(rows)
    print(f"{'region':<8}" + "".join([f"{m:>12}" for m in months]) + f"{'total':>12}")
    for reg in regions:
        cells = [table[reg, m] for m in months]
        print(f"{reg:<8}" + "".join([f"{c:>12,.2f}" for c in cells]) + f"{sum(cells):>12,.2f}")
    col_totals = [sum([table[reg, m] for reg in regions]) for m in months]
    print(f"{'all':<8}" + "".join([f"{c:>12,.2f}" for c in col_totals]) + f"{sum(col_totals):>12,.2f}")
    units = group_sum(rows, "product", "units")
    for product, n in sorted(units.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {product:<16}{n:>4} units")
    best = max(rows, key=lambda r: r["revenue"])
    print("best line:", best["region"], best["month"], repr(best["product"]), best["revenue"])
    avg = sum([r["unit_price"] for r in rows]) / len(rows)
    print(f"average unit price: {avg:.3f}; lines above average: {sum([r['unit_price'] > avg for r in rows])}")


main()
