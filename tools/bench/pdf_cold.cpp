// A minimal converter for timing a cold process: reads a text article and writes it as PDF.
#include <fstream>
#include <iostream>
#include <sstream>

#include "input/text/text_reader.hpp"
#include "output/pdf/pdf_writer.hpp"

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: folio-pdf-cold ARTICLE.txt OUTPUT.pdf\n";
        return 2;
    }
    try {
        std::ifstream in(argv[1], std::ios::binary);
        std::ostringstream bytes;
        bytes << in.rdbuf();
        folio::Diagnostics diagnostics;
        const folio::Document doc = folio::read_text(bytes.str(), folio::ReadOptions{argv[1]}, diagnostics);
        const std::string pdf = folio::write_pdf(doc, folio::WriteOptions{}, diagnostics);
        std::ofstream(argv[2], std::ios::binary) << pdf;
        for (const std::string& warning : diagnostics.warnings)
            std::cerr << argv[1] << ": warning: " << warning << '\n';
    } catch (const std::exception& error) {
        std::cerr << argv[1] << ": " << error.what() << '\n';
        return 1;
    }
    return 0;
}
