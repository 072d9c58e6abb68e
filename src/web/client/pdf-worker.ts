// pdf.js's worker: parsing and text extraction off the page's thread. Loaded as a module
// worker, it answers the viewer through its message port (it starts itself when imported).
import "pdfjs-dist/build/pdf.worker.mjs";
