"""Writes the .xlsx fixtures of this folder; run `python3 make_workbooks.py` here (openpyxl 3.1)."""
import datetime
import io
import re
import zipfile

import openpyxl
from openpyxl.utils.datetime import CALENDAR_MAC_1904

def attendance_list(epoch=None):
    workbook = openpyxl.Workbook()
    if epoch is not None:
        workbook.epoch = epoch
    sheet = workbook.active
    sheet.title = "Plan1"
    sheet["A1"] = "Lista de presença — Oficina de Gestão"
    sheet.merge_cells("A1:G1")
    sheet.append([])
    sheet.append(["Nome", "E-mail", "Instituição", "Cidade", "Data", "Duração (minutos)", "Presente"])
    sheet.append(["Ângela Ribeiro", "angela@exemplo.org", "Secretaria de Educação", "São Luís",
                  datetime.date(2021, 2, 25), 90, True])
    sheet.append(["João Conceição", "joao@exemplo.org", None, "Maceió", datetime.date(2021, 2, 25), 45.5, False])
    # Row 6 stays empty; row 7 is sparse: A, C and E only, the date with a time and a custom format.
    sheet["A7"] = "Íris Araújo"
    sheet["C7"] = "Câmara Municipal"
    sheet["E7"] = datetime.datetime(2021, 2, 25, 14, 30)
    sheet["E7"].number_format = "dd/mm/yyyy hh:mm"
    for row in (4, 5):
        sheet.cell(row=row, column=5).number_format = "dd/mm/yyyy"
    hidden = workbook.create_sheet("Oculta")
    hidden["A1"] = "Nome"
    hidden.sheet_state = "hidden"
    return workbook


def shared_strings(parts):
    """Moves every inline string but A1's into xl/sharedStrings.xml, as Excel and LibreOffice
    store text; the first one as two rich-text runs and a phonetic guide, which are not text."""
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    strings = []

    def shared(match):
        strings.append(match.group(2))
        return '<c r="%s" t="s"><v>%d</v></c>' % (match.group(1), len(strings) - 1)

    sheet = re.sub(r'<c r="([B-Z][0-9]+|A[2-9][0-9]*)" t="inlineStr"><is><t>([^<]*)</t></is></c>', shared, sheet)
    items = []
    for index, text in enumerate(strings):
        if index == 0:
            items.append('<si><r><rPr><b/></rPr><t>%s</t></r><r><t>%s</t></r><rPh sb="0" eb="1"><t>x</t></rPh></si>'
                         % (text[:2], text[2:]))
        else:
            items.append("<si><t>%s</t></si>" % text)
    parts["xl/worksheets/sheet1.xml"] = sheet.encode()
    parts["xl/sharedStrings.xml"] = (
        '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'count="%d" uniqueCount="%d">%s</sst>' % (len(items), len(items), "".join(items))).encode()
    rels = parts["xl/_rels/workbook.xml.rels"].decode()
    parts["xl/_rels/workbook.xml.rels"] = rels.replace("</Relationships>", (
        '<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'sharedStrings" Target="sharedStrings.xml"/></Relationships>')).encode()
    types = parts["[Content_Types].xml"].decode()
    parts["[Content_Types].xml"] = types.replace("</Types>", (
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        'spreadsheetml.sharedStrings+xml"/></Types>')).encode()


def save(workbook, name):
    buffer = io.BytesIO()
    workbook.save(buffer)
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as source:
        parts = {info.filename: source.read(info.filename) for info in source.infolist()}
    shared_strings(parts)
    if name == "bad-cell.xlsx":
        parts["xl/worksheets/sheet1.xml"] = parts["xl/worksheets/sheet1.xml"].replace(
            b'<c r="C7" t="s"><v>15</v></c>', b'<c r="C7" t="s"><v>99</v></c>')
    if name == "doctype.xlsx":
        parts["xl/workbook.xml"] = b'<!DOCTYPE workbook [<!ENTITY a "aaaaaaaaaa">]>' + parts["xl/workbook.xml"]
    with zipfile.ZipFile(name, "w", zipfile.ZIP_DEFLATED) as target:
        for filename, data in parts.items():
            target.writestr(zipfile.ZipInfo(filename, date_time=(2021, 3, 1, 12, 0, 0)), data, zipfile.ZIP_DEFLATED)


save(attendance_list(), "lista.xlsx")
save(attendance_list(CALENDAR_MAC_1904), "lista-1904.xlsx")
save(attendance_list(), "doctype.xlsx")
save(attendance_list(), "bad-cell.xlsx")

# A ZIP bomb in miniature: a sheet of 1 MiB of spaces that compresses to about 1 KiB.
with zipfile.ZipFile("lista.xlsx") as source, zipfile.ZipFile("inflates.xlsx", "w", zipfile.ZIP_DEFLATED) as target:
    for info in source.infolist():
        data = source.read(info.filename)
        if info.filename == "xl/worksheets/sheet1.xml":
            data = data.replace(b"<sheetData>", b"<sheetData>" + b" " * (1 << 20), 1)
        target.writestr(zipfile.ZipInfo(info.filename, date_time=(2021, 3, 1, 12, 0, 0)), data, zipfile.ZIP_DEFLATED)

# Invalid UTF-8 in an element name (FoundationXML would trap on it), in a valid ZIP.
with zipfile.ZipFile("lista.xlsx") as source, zipfile.ZipFile("not-utf8.xlsx", "w", zipfile.ZIP_DEFLATED) as target:
    for info in source.infolist():
        data = source.read(info.filename)
        if info.filename == "xl/worksheets/sheet1.xml":
            data = data.replace(b'<row r="4">', b'<ro\xffw r="4">', 1)
        target.writestr(zipfile.ZipInfo(info.filename, date_time=(2021, 3, 1, 12, 0, 0)), data, zipfile.ZIP_DEFLATED)

# The sheet stored uncompressed, then one byte of it changed behind the ZIP's back: its CRC-32 no longer matches.
with zipfile.ZipFile("lista.xlsx") as source, zipfile.ZipFile("bad-checksum.xlsx", "w", zipfile.ZIP_STORED) as target:
    for info in source.infolist():
        target.writestr(zipfile.ZipInfo(info.filename, date_time=(2021, 3, 1, 12, 0, 0)), source.read(info.filename))
with open("bad-checksum.xlsx", "rb") as file:
    archive = file.read()
with open("bad-checksum.xlsx", "wb") as file:
    file.write(archive.replace(b'<c r="F4" t="n"><v>90</v>', b'<c r="F4" t="n"><v>91</v>', 1))
