// Tests for textcat_classify: the same answer as libexttextcat's textcat_Classify (the reference, linked
// here only) on the test data at many cuts, on short strings, on many scripts and on random texts.
#include <gtest/gtest.h>
#include <textcat.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "input/common/textcat.hpp"

namespace folio {
namespace {

// The library, loaded from the same fingerprints folio was built from.
class Reference {
public:
    Reference() : handle_(special_textcat_Init(FOLIO_TEXTCAT_DATA "/fpdb.conf", FOLIO_TEXTCAT_DATA "/")) {}
    ~Reference() {
        if (handle_ != nullptr) textcat_Done(handle_);
    }
    Reference(const Reference&) = delete;
    Reference& operator=(const Reference&) = delete;

    bool loaded() const { return handle_ != nullptr; }
    // `text` must be NUL-terminated: the library reads on past `size`.
    std::string classify(const std::string& text, std::size_t offset, std::size_t size) {
        return textcat_Classify(handle_, text.c_str() + offset, size);
    }

private:
    void* handle_;
};

Reference& reference() {
    static Reference instance;
    return instance;
}

// Compares both answers for text[offset...] classified with `size`; counts the comparisons.
void expect_same(const std::string& text, std::size_t offset, std::size_t size, int& compared) {
    ASSERT_TRUE(reference().loaded());
    const std::string expected = reference().classify(text, offset, size);
    EXPECT_EQ(textcat_classify(std::string_view(text).substr(offset), size), expected)
        << "offset " << offset << ", size " << size << ": \"" << text.substr(offset, size) << "\"";
    ++compared;
}

std::vector<std::string> test_data_texts() {
    std::vector<std::string> texts;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(FOLIO_TEST_DATA)) {
        const std::string extension = entry.path().extension().string();
        if (!entry.is_regular_file() || (extension != ".txt" && extension != ".html" && extension != ".xml"))
            continue;
        std::ifstream in(entry.path(), std::ios::binary);
        texts.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    return texts;
}

TEST(Textcat, SameAsLibexttextcatOnTheTestData) {
    int compared = 0;
    for (const std::string& text : test_data_texts()) {
        for (const std::size_t size : {1, 3, 17, 60, 200, 500, 1024, 4096}) {
            for (std::size_t offset = 0; offset < text.size(); offset += 1 + text.size() / 7) {
                if (::testing::Test::HasFailure()) return;
                expect_same(text, offset, std::min(size, text.size() - offset), compared);
            }
        }
    }
    EXPECT_GT(compared, 1000);
}

TEST(Textcat, SameAsLibexttextcatOnShortTextsAndScripts) {
    const std::vector<std::string> texts = {
        "",
        " ",
        "a",
        "_",
        "Hallo Welt",
        "12345 67890",
        "   \n\t  ",
        "und die der das",
        "The quick brown fox jumps over the lazy dog.",
        "Der schnelle braune Fuchs springt über den faulen Hund.",
        "Le vif renard brun saute par-dessus le chien paresseux.",
        "El veloz zorro marrón salta sobre el perro perezoso.",
        "Быстрая коричневая лиса прыгает через ленивую собаку.",
        "Η γρήγορη καφέ αλεπού πηδάει πάνω από τον τεμπέλη σκύλο.",
        "김정은 국무위원장이 러시아를 방문해 푸틴 대통령과 정상회담을 했다.",
        "敏捷的棕色狐狸跳过了懒狗。北京是中国的首都。",
        "素早い茶色の狐がのろまな犬を飛び越える。東京は日本の首都です。",
        "الثعلب البني السريع يقفز فوق الكلب الكسول.",
        "השועל החום המהיר קופץ מעל הכלב העצלן.",
        "तेज़ भूरी लोमड़ी आलसी कुत्ते के ऊपर कूदती है।",
        "สุนัขจิ้งจอกสีน้ำตาลกระโดดข้ามสุนัขขี้เกียจ",
        "Emoji 😀😃😄 und Text 🚀 im Satz 🎉🎉🎉",
        "Aa 1 Bb 22 Cc 333 Dd 4444 __ _a_ a_b",
        "\xc3\xa4\xc3\xb6\xc3\xbc\xc3\x9f \xe2\x80\x9e\xe2\x80\x9c",
        "Latin-1 bytes \xe4\xf6\xfc\xdf in a text that is not UTF-8 at all",
        "Lone continuation \x80\x81 bytes and a lead \xc3 byte in the middle",
    };
    int compared = 0;
    for (const std::string& text : texts)
        for (std::size_t size = 0; size <= text.size() + 2; ++size) expect_same(text, 0, size, compared);
    EXPECT_GT(compared, 500);
}

// Random texts: words from many scripts, digits, punctuation and runs of spaces, cut anywhere.
TEST(Textcat, SameAsLibexttextcatOnRandomTexts) {
    const std::vector<std::string> pieces = {
        "der",  "die", "und", "the", "and", "of", "le", "la", "et", "el", "de", "que", "è",  "ä",  "ö",  "ü",
        "ß",    "é",   "ç",   "ñ",   "å",   "ø",  "ł",  "я",  "ты", "мы", "и",  "κα",  "ή",  "김", "정", "은",
        "的",   "是",  "の",  "に",  "ال",  "ש",  "क",  "ि",  "ก",  "😀",  "🚀",  "x",   "qu", "th", "1",  "42",
        "2024", " ",   " ",   "  ",  "\n",  "\t", ",",  ".",  "-",  "„",  "“",  "_",   "'"};
    std::mt19937 random(17);
    int compared = 0;
    for (int sample = 0; sample < 1500 && !::testing::Test::HasFailure(); ++sample) {
        std::string text;
        const std::size_t words = 1 + random() % 400;
        for (std::size_t w = 0; w < words; ++w) {
            text += pieces[random() % pieces.size()];
            if (random() % 3 != 0) text += ' ';
        }
        expect_same(text, 0, random() % (text.size() + 1), compared);
    }
    EXPECT_EQ(compared, 1500);
}

}  // namespace
}  // namespace folio
