// Loading the images of a page's figures from the page's folder (or folders --resource-path allows).
#include "converters/figure_images.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <optional>
#include <system_error>

#include "converters/data_uri.hpp"
#include "converters/file_clashes.hpp"
#include "converters/file_io.hpp"
#include "converters/percent_decoding.hpp"
#include "formats/image_limits.hpp"
#include "output/common/image_media_type.hpp"

namespace folio {

namespace fs = std::filesystem;

namespace {

constexpr std::uintmax_t kHeadBytes = 64u << 10;  // enough for any image header, and for SVG's root element

bool starts_with_scheme(std::string_view src, std::string_view scheme) {
    if (src.size() < scheme.size()) return false;
    for (std::size_t i = 0; i < scheme.size(); ++i)
        if (static_cast<char>(std::tolower(static_cast<unsigned char>(src[i]))) != scheme[i]) return false;
    return true;
}

bool is_remote(std::string_view src) {
    return starts_with_scheme(src, "http:") || starts_with_scheme(src, "https:") || src.starts_with("//") ||
           starts_with_scheme(src, "ftp:");
}

// The file path a src names: file: URLs unwrapped, query and fragment dropped, %XX decoded; nullopt
// for other URL schemes (data:, blob:, …).
std::optional<fs::path> path_of(std::string_view src) {
    if (starts_with_scheme(src, "file:")) {
        src.remove_prefix(5);
        if (src.starts_with("//")) {
            src.remove_prefix(2);
            const std::size_t slash = src.find('/');  // file://host/path: only the local host
            if (slash == std::string_view::npos) return std::nullopt;
            if (slash != 0 && src.substr(0, slash) != "localhost") return std::nullopt;
            src.remove_prefix(slash);
        }
    } else {
        const std::size_t colon = src.find(':');
        const std::size_t slash = src.find('/');
        if (colon != std::string_view::npos && (slash == std::string_view::npos || colon < slash))
            return std::nullopt;
    }
    src = src.substr(0, src.find_first_of("?#"));
    if (src.empty()) return std::nullopt;
    return fs::path(percent_decoded(src));
}

std::optional<fs::path> canonical_folder(const fs::path& folder) {
    std::error_code error;
    fs::path canonical = fs::canonical(folder.empty() ? fs::path(".") : folder, error);
    if (error || !fs::is_directory(canonical, error)) return std::nullopt;
    return canonical;
}

bool is_inside(const fs::path& file, const fs::path& folder) {
    auto f = file.begin();
    for (auto d = folder.begin(); d != folder.end(); ++d, ++f)
        if (f == file.end() || *f != *d) return false;
    return f != file.end();
}

class ImageLoader {
public:
    ImageLoader(const ImageFolders& folders, Diagnostics& diag)
        : limits_(folders.limits),
          media_type_only_(folders.media_type_only),
          copies_per_figure_(folders.copies_per_figure),
          diag_(diag) {
        if (folders.input != standard_stream)
            if (auto page = canonical_folder(fs::path(folders.input).parent_path()))
                allowed_.push_back(*page);
        for (const std::string& folder : folders.resource_paths) {
            if (auto canonical = canonical_folder(folder))
                allowed_.push_back(*canonical);
            else
                diag_.warn("resource path '" + folder + "' is not a folder");
        }
    }

    void load(Figure& figure) {
        const std::string& src = figure.src;
        if (is_data_uri(src)) return read_data_uri(figure);
        if (is_remote(src)) return refuse(src, "folio never fetches images over the network");
        const std::optional<fs::path> path = path_of(src);
        if (!path) return refuse(src, "not a file path");
        if (allowed_.empty()) return refuse(src, "no folder to look in (give --resource-path DIR)");

        bool outside = false;
        std::vector<fs::path> tries;
        if (path->is_absolute())
            tries.push_back(*path);
        else
            for (const fs::path& folder : allowed_) tries.push_back(folder / *path);
        for (const fs::path& candidate : tries) {
            std::error_code error;
            const fs::path file = fs::canonical(candidate, error);
            if (error) continue;
            if (!std::any_of(allowed_.begin(), allowed_.end(),
                             [&](const fs::path& f) { return is_inside(file, f); })) {
                outside = true;
                continue;
            }
            if (!fs::is_regular_file(file, error)) continue;
            return read(figure, file);
        }
        refuse(src, outside ? "outside the page's folder (allow it with --resource-path DIR)"
                            : "no such file beside the page");
    }

    const std::vector<std::string>& read_files() const { return read_files_; }

private:
    void read(Figure& figure, const fs::path& file) {
        if (const auto loaded = loaded_.find(file.string()); loaded != loaded_.end()) {
            // Each file is read from disk once per document, and its figures share the bytes.
            const Figure& first = *loaded->second;
            if (media_type_only_) {
                figure.media_type = first.media_type;
            } else if (!copies_per_figure_) {
                figure.image = first.image;
                figure.media_type = first.media_type;
            } else if (const std::string problem = budget_problem(first.image); !problem.empty()) {
                refuse(figure.src, problem);
            } else {
                count(first.image);
                figure.image = first.image;
                figure.media_type = first.media_type;
            }
            return;
        }
        if (std::find(read_files_.begin(), read_files_.end(), file.string()) == read_files_.end())
            read_files_.push_back(file.string());
        std::error_code error;
        const std::uintmax_t size = fs::file_size(file, error);
        if (error) return refuse(figure.src, "cannot read it");
        if (size > limits_.image_bytes)
            return refuse(figure.src, "the file is " + std::to_string(size) + " bytes, the limit is " +
                                          std::to_string(limits_.image_bytes));
        std::ifstream in(file, std::ios::binary);
        std::vector<std::uint8_t> bytes(media_type_only_ ? std::min<std::uintmax_t>(size, kHeadBytes) : size);
        if (!in.read(reinterpret_cast<char*>(bytes.data()), static_cast<std::streamsize>(bytes.size())))
            return refuse(figure.src, "cannot read it");
        if (take(figure, std::move(bytes))) loaded_.emplace(file.string(), &figure);
    }

    // An image inside the page itself: decoded, never looked up on disk.
    void read_data_uri(Figure& figure) {
        bool too_large = false;
        std::optional<DataUri> data = decode_data_uri(figure.src, limits_.image_bytes, too_large);
        if (too_large)
            return refuse(figure.src, "the image is larger than the limit of " +
                                          std::to_string(limits_.image_bytes) + " bytes");
        if (!data) return refuse(figure.src, "not a valid data: URI");
        take(figure, std::move(data->bytes));
    }

    // Takes the bytes as the figure's image when they are an image within the limits and within what is
    // left of the document's image budget; true when taken.
    bool take(Figure& figure, std::vector<std::uint8_t> bytes) {
        const std::string problem = image_problem(bytes);
        if (!problem.empty()) {
            refuse(figure.src, problem);
            return false;
        }
        if (media_type_only_) {
            figure.media_type = sniff_image_media_type(bytes);
            return true;
        }
        count(bytes);
        figure.media_type = sniff_image_media_type(bytes);
        figure.image = std::move(bytes);
        return true;
    }

    void count(std::span<const std::uint8_t> bytes) {
        const std::optional<DeclaredImageSize> size = declared_image_size(bytes);
        bytes_taken_ += bytes.size();
        pixels_taken_ += size ? size->width * size->height : 0;
    }

    // Why the bytes cannot be the figure's image: not an image, over a limit, or over the budget left.
    std::string image_problem(const std::vector<std::uint8_t>& bytes) const {
        if (sniff_image_media_type(bytes).empty()) return "not a JPEG, PNG, GIF, WebP or SVG image";
        if (std::string problem = image_limit_problem(bytes, limits_); !problem.empty()) return problem;
        if (media_type_only_) return {};
        return budget_problem(bytes);
    }

    // Why the bytes would not fit in what is left of the document's image budget, or "".
    std::string budget_problem(std::span<const std::uint8_t> bytes) const {
        const std::optional<DeclaredImageSize> size = declared_image_size(bytes);
        const std::uint64_t pixels = size ? size->width * size->height : 0;
        if (bytes_taken_ + bytes.size() > limits_.document_image_bytes ||
            pixels_taken_ + pixels > limits_.document_image_pixels)
            return "the document's images together would exceed its budget of " +
                   std::to_string(limits_.document_image_bytes) + " bytes and " +
                   std::to_string(limits_.document_image_pixels) + " pixels";
        return {};
    }

    void refuse(const std::string& src, const std::string& reason) {
        const std::string shown = is_data_uri(src) ? data_uri_display(src) : src;
        diag_.warn("figure image '" + shown + "' not loaded: " + reason + "; caption and credit are kept");
    }

    std::vector<fs::path> allowed_;
    std::map<std::string, const Figure*> loaded_;  // canonical path → the first figure showing the file
    std::vector<std::string> read_files_;          // canonical paths of the files opened, once each
    std::uint64_t bytes_taken_ = 0;
    std::uint64_t pixels_taken_ = 0;
    Limits limits_;
    bool media_type_only_;
    bool copies_per_figure_;
    Diagnostics& diag_;
};

}  // namespace

void check_outputs_spare_images(const std::vector<std::string>& images,
                                const std::vector<std::string>& outputs) {
    if (images.empty()) return;
    RunFiles files;
    for (const std::string& image : images) files.read.push_back({image, "the figure image " + image});
    for (const std::string& output : outputs) files.replaced.push_back({output, "the output " + output});
    check_no_clashes(files);
}

std::vector<std::string> load_figure_images(Document& doc, const ImageFolders& folders, Diagnostics& diag) {
    std::optional<ImageLoader> loader;
    for (Block& block : doc.blocks) {
        auto* figure = std::get_if<Figure>(&block);
        if (figure == nullptr || !figure->image.empty() || figure->src.empty()) continue;
        if (!loader) loader.emplace(folders, diag);
        loader->load(*figure);
    }
    return loader ? loader->read_files() : std::vector<std::string>{};
}

}  // namespace folio
