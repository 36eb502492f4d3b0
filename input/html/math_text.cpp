// MathML written out as one line of plain text ("x = (−b ± √(b^2 − 4 a c))/(2 a)"), so no formula is lost.
#include "input/html/math_text.hpp"

#include <set>

#include "input/common/utf8.hpp"

namespace folio::html {

namespace {

// Operators that stand between two operands, written with a space on each side.
bool is_spaced_operator(std::string_view op) {
    static const std::set<std::string_view> spaced = {"=", "+", "−", "-", "±", "∓", "≠", "<", ">", "≤", "≥",
                                                      "≈", "≡", "→", "←", "↔", "⇒", "⇔", "⟺", "∈", "∉", "⊂",
                                                      "⊆", "∪", "∩", "×", "÷", "·", "∧", "∨", "≅", "∼"};
    return spaced.count(op) > 0;
}

bool all_digits(std::string_view text) {
    if (text.empty()) return false;
    for (const char c : text)
        if (c < '0' || c > '9') return false;
    return true;
}

// True for "(…)" whose first parenthesis closes at its end.
bool is_one_group(std::string_view part) {
    if (part.size() < 2 || part.front() != '(' || part.back() != ')') return false;
    int depth = 0;
    for (std::size_t i = 0; i < part.size(); ++i) {
        depth += part[i] == '(' ? 1 : part[i] == ')' ? -1 : 0;
        if (depth == 0 && i + 1 < part.size()) return false;
    }
    return true;
}

// A part that reads as one token, or is one bracketed group already, needs no parentheses around it.
std::string grouped(const std::string& part) {
    if (code_point_count(part) <= 1 || all_digits(part) || is_one_group(part)) return part;
    if (part.find(' ') == std::string::npos && part.find('/') == std::string::npos &&
        part.find('^') == std::string::npos)
        return part;
    return "(" + part + ")";
}

class MathWriter {
public:
    std::string write(const Node& node) const {
        if (node.is_text()) return std::string(trim_space(collapse_white_space(node.text)));
        const std::string_view tag = node.name;
        if (tag == "annotation" || tag == "annotation-xml" || tag == "mphantom" || tag == "none" ||
            tag == "mprescripts")
            return "";
        if (tag == "semantics") return node.children.empty() ? "" : write(first_element_or_text(node));
        if (tag == "mo") {
            const std::string op(trim_space(collapse_white_space(text_content(node))));
            if (is_spaced_operator(op)) return " " + op + " ";
            if (op == ",") return ", ";
            return op;
        }
        const std::vector<std::string> parts = written_children(node);
        auto part = [&parts](std::size_t i) { return i < parts.size() ? parts[i] : std::string(); };
        if (tag == "mfrac") return grouped(part(0)) + "/" + grouped(part(1));
        if (tag == "msqrt") return "√" + grouped(side_by_side(parts));
        if (tag == "mroot") return "(" + part(0) + ")^(1/" + part(1) + ")";
        if (tag == "msup") return part(0) + exponent(part(1));
        if (tag == "msub") return part(0) + "_" + grouped(part(1));
        if (tag == "msubsup") return part(0) + "_" + grouped(part(1)) + exponent(part(2));
        if (tag == "munder") return part(0) + "_" + grouped(part(1));
        if (tag == "mover") return grouped(part(0)) + over(part(1));
        if (tag == "munderover") return part(0) + "_" + grouped(part(1)) + exponent(part(2));
        if (tag == "mfenced") return fenced(node, parts);
        if (tag == "mtable") return joined_with(parts, "; ");
        if (tag == "mtr" || tag == "mlabeledtr") return joined_with(parts, " ");
        return side_by_side(parts);
    }

private:
    static const Node& first_element_or_text(const Node& node) {
        for (const auto& child : node.children)
            if (child->is_element()) return *child;
        return *node.children.front();
    }

    std::vector<std::string> written_children(const Node& node) const {
        std::vector<std::string> parts;
        for (const auto& child : node.children) {
            std::string part = write(*child);
            if (child->is_text() && part.empty()) continue;  // white space between the elements
            parts.push_back(std::move(part));
        }
        return parts;
    }

    static std::string joined_with(const std::vector<std::string>& parts, std::string_view separator) {
        std::string out;
        for (const std::string& part : parts) {
            if (part.empty()) continue;
            if (!out.empty()) out += separator;
            out += part;
        }
        return out;
    }

    enum class Kind { None, Open, Close, Operator, Sign, Operand };

    static bool is_sign(std::string_view op) {
        return op == "−" || op == "-" || op == "+" || op == "±" || op == "∓";
    }

    static Kind kind_of(const std::string& part, std::string_view trimmed) {
        if (trimmed == "(" || trimmed == "[" || trimmed == "{" || trimmed == "⟨") return Kind::Open;
        for (const std::string_view mark : {")", "]", "}", "⟩", ",", ".", ";", ":", "!", "′"})
            if (trimmed.starts_with(mark)) return Kind::Close;
        return part.front() == ' ' ? Kind::Operator : Kind::Operand;
    }

    // Operands side by side with a space ("a x"), operators between spaces ("a + b"), a sign with no
    // operand before it on its operand ("−b"), nothing inside brackets or before punctuation, a bracket
    // right after a name ("P(E)").
    static std::string side_by_side(const std::vector<std::string>& parts) {
        std::string out;
        Kind previous = Kind::None;
        for (const std::string& part : parts) {
            const std::string_view trimmed = trim_space(part);
            if (trimmed.empty()) continue;
            Kind kind = kind_of(part, trimmed);
            const bool after_nothing = previous == Kind::None || previous == Kind::Open ||
                                       previous == Kind::Operator || previous == Kind::Sign;
            if (kind == Kind::Operator && after_nothing && is_sign(trimmed)) kind = Kind::Sign;
            const bool gap = (kind == Kind::Operand && previous != Kind::None && !after_nothing) ||
                             (kind == Kind::Open && previous == Kind::Close);
            if (gap) out += ' ';
            if (kind == Kind::Operator) {
                out += ' ';
                out += trimmed;
                out += ' ';
            } else {
                out += trimmed;
                if (kind == Kind::Close && trimmed == ",") out += ' ';
            }
            previous = kind == Kind::Close && trimmed == "," ? Kind::Open : kind;
        }
        return out;
    }

    static std::string exponent(const std::string& power) { return "^" + grouped(power); }

    // An accent over a letter becomes its combining mark (ẋ, x̄, B⃗); anything else is an upper limit.
    static std::string over(const std::string& written) {
        const std::string accent(trim_space(written));
        static const std::vector<std::pair<std::string_view, std::string_view>> marks = {
            {"→", "\u20D7"}, {"⃗", "\u20D7"},  {"˙", "\u0307"}, {".", "\u0307"},
            {"¨", "\u0308"}, {"¯", "\u0304"}, {"‾", "\u0305"}, {"^", "\u0302"},
            {"ˆ", "\u0302"}, {"~", "\u0303"}, {"˜", "\u0303"}, {"ˇ", "\u030C"}};
        for (const auto& [shown, mark] : marks)
            if (accent == shown) return std::string(mark);
        return "^" + grouped(accent);
    }

    static std::string fenced(const Node& node, const std::vector<std::string>& parts) {
        const std::string open = node.has_attribute("open") ? std::string(node.attribute("open")) : "(";
        const std::string close = node.has_attribute("close") ? std::string(node.attribute("close")) : ")";
        return open + joined_with(parts, ", ") + close;
    }
};

// Spaces as the operators left them: one at most, none at the ends.
std::string tidy_spaces(const std::string& text) {
    return std::string(trim_space(collapse_white_space(text)));
}

}  // namespace

std::string math_text(const Node& math) { return tidy_spaces(MathWriter().write(math)); }

}  // namespace folio::html
