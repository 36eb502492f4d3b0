// Marking text in another script than the article's with its language (Hangul in a German article as
// <span lang="ko">), so that screen readers switch voice and reading systems pick fonts.
#include "output/html/foreign_script.hpp"

#include "output/html/xhtml_tree.hpp"

namespace folio {

void mark_foreign_script_runs(pugi::xml_node root, std::string_view lang) {
    std::vector<pugi::xml_node> texts;
    struct Walker : pugi::xml_tree_walker {
        pugi::xml_node root;
        std::vector<pugi::xml_node>* texts;
        bool for_each(pugi::xml_node& node) override {
            if (node.type() != pugi::node_pcdata) return true;
            for (pugi::xml_node up = node.parent(); up && up != root; up = up.parent())
                if (up.attribute("lang")) return true;
            texts->push_back(node);
            return true;
        }
    } walker;
    walker.root = root;
    walker.texts = &texts;
    root.traverse(walker);
    for (pugi::xml_node node : texts) {
        const std::string text = node.value();
        const std::vector<ScriptRun> runs = foreign_script_runs(text, lang);
        if (runs.empty()) continue;
        pugi::xml_node parent = node.parent();
        std::size_t done = 0;
        for (const ScriptRun& run : runs) {
            if (run.begin > done)
                parent.insert_child_before(pugi::node_pcdata, node)
                    .set_value(text.substr(done, run.begin - done).c_str());
            pugi::xml_node span = parent.insert_child_before("span", node);
            set_attribute(span, "lang", run.lang);
            set_attribute(span, "xml:lang", run.lang);
            span.append_child(pugi::node_pcdata)
                .set_value(text.substr(run.begin, run.end - run.begin).c_str());
            done = run.end;
        }
        if (done < text.size())
            parent.insert_child_before(pugi::node_pcdata, node).set_value(text.substr(done).c_str());
        parent.remove_child(node);
    }
}

}  // namespace folio
