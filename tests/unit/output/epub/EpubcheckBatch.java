// Runs epubcheck's own command-line checker on many EPUB files in one JVM: the same checks and
// verdict as `java -jar epubcheck.jar --failonwarnings FILE`, without a JVM start per file.
public class EpubcheckBatch {
    public static void main(String[] args) {
        int failed = 0;
        for (String file : args) {
            System.out.println("folio-epubcheck-begin " + file);
            System.out.flush();
            int status = new com.adobe.epubcheck.tool.EpubChecker().run(new String[] {file, "--failonwarnings"});
            System.err.flush();
            System.out.println("folio-epubcheck-status " + status + " " + file);
            System.out.flush();
            if (status != 0) failed++;
        }
        System.exit(failed == 0 ? 0 : 1);
    }
}
