"""DOCX -> PDF through a LibreOffice already running with a UNO listener (see pdf.py).

Run by the Python that has LibreOffice's ``uno`` module (Debian's python3-uno), not by Sakip's:

    python3 uno_konversi.py PIPA BATAS_DETIK masuk.docx keluar.pdf [masuk2.docx keluar2.pdf ...]
    python3 uno_konversi.py PIPA BATAS_DETIK -      (the pairs, one path per line, on stdin)

With ``-`` it connects first and then reads the paths: started beside the DOCX build, its own
start-up (Python, the uno module, the connection) is done by the time the document is ready.

It waits for the listener up to BATAS_DETIK (LibreOffice may still be starting), then loads each
document hidden and exports it with the same filter options as the one-shot conversion. Exit 0
when every PDF was written, 3 when the listener never answered, 1 on any other failure.
This file imports nothing from Sakip: it runs outside the virtualenv.
"""

import sys
import time


def main(argv):
    import uno
    from com.sun.star.beans import PropertyValue
    from com.sun.star.connection import NoConnectException

    def prop(name, value):
        p = PropertyValue()
        p.Name, p.Value = name, value
        return p

    pipa, batas = argv[1], float(argv[2])
    tunggu = argv[3:] == ["-"]
    lokal = uno.getComponentContext()
    resolver = lokal.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", lokal)
    akhir = time.monotonic() + batas
    while True:
        try:
            ctx = resolver.resolve(f"uno:pipe,name={pipa};urp;StarOffice.ComponentContext")
            break
        except NoConnectException:
            if time.monotonic() > akhir:
                sys.stderr.write("LibreOffice tidak menjawab pada pipa " + pipa + "\n")
                return 3
            time.sleep(0.05)
    desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    filter_data = uno.Any("[]com.sun.star.beans.PropertyValue",
                          (prop("ExportBookmarksToPDFDestination", True),))

    def ubah(masuk, keluar):
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(masuk), "_blank", 0,
                                           (prop("Hidden", True), prop("ReadOnly", True)))
        if doc is None:
            sys.stderr.write("LibreOffice tidak dapat membuka " + masuk + "\n")
            return False
        try:
            args = (prop("FilterName", "writer_pdf_Export"), prop("FilterData", filter_data))
            uno.invoke(doc, "storeToURL", (uno.systemPathToFileUrl(keluar),
                                           uno.Any("[]com.sun.star.beans.PropertyValue", args)))
        finally:
            doc.close(True)
        return True

    jalur = [baris.rstrip("\n") for baris in sys.stdin] if tunggu else argv[3:]
    for masuk, keluar in zip(jalur[0::2], jalur[1::2], strict=True):
        if not ubah(masuk, keluar):
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
