// Pretty-printing XML emitter used by the DocBook writer.
#include "output/docbook/xml_writer.hpp"

namespace folio {

XmlWriter::XmlWriter() : out_("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n") {}

void XmlWriter::indent() { out_.append(open_.size() * 2, ' '); }

std::string XmlWriter::start_tag(std::string_view name, const XmlAttributes& attributes, bool self_closing) {
    std::string tag = "<";
    tag += name;
    for (const auto& [key, value] : attributes) {
        tag += ' ';
        tag += key;
        tag += "=\"";
        tag += escape_xml_attribute(value, repairs_);
        tag += '"';
    }
    tag += self_closing ? "/>" : ">";
    return tag;
}

void XmlWriter::open(std::string_view name, const XmlAttributes& attributes) {
    indent();
    out_ += start_tag(name, attributes);
    out_ += '\n';
    open_.emplace_back(name);
}

void XmlWriter::close() {
    const std::string name = open_.back();
    open_.pop_back();
    indent();
    out_ += "</" + name + ">\n";
}

void XmlWriter::line(std::string_view name, const XmlAttributes& attributes, std::string_view markup) {
    if (markup.empty()) return empty(name, attributes);
    indent();
    out_ += start_tag(name, attributes);
    out_ += markup;
    out_ += "</";
    out_ += name;
    out_ += ">\n";
}

void XmlWriter::empty(std::string_view name, const XmlAttributes& attributes) {
    indent();
    out_ += start_tag(name, attributes, true);
    out_ += '\n';
}

std::string XmlWriter::finish() {
    while (!open_.empty()) close();
    return std::move(out_);
}

}  // namespace folio
