<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>SmtpCodes::AboutBox</name>
    <message>
        <source>&lt;h3&gt;SMTP Codes %1&lt;/h3&gt;&lt;p&gt;An offline reference of SMTP reply codes and enhanced status codes.&lt;/p&gt;&lt;p&gt;Knowledge base %2 with %3 entries; enhanced codes compared with the IANA registry on %4 (registry revision of %5).&lt;/p&gt;&lt;p&gt;Built with Qt %6, running on Qt %7.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later. There is no warranty.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SMTP Codes %1&lt;/h3&gt;&lt;p&gt;Eine Offline-Referenz der SMTP-Antwortcodes und der erweiterten Statuscodes.&lt;/p&gt;&lt;p&gt;Wissensdatenbank %2 mit %3 Einträgen; erweiterte Codes am %4 mit dem IANA-Register abgeglichen (Registerstand vom %5).&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %6, läuft unter Qt %7.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder neuer. Es besteht keine Gewährleistung.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About SMTP Codes</source>
        <translation>Über SMTP Codes</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::BrowseFilters</name>
    <message>
        <source>Cla&amp;ss:</source>
        <translation>&amp;Klasse:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Provider:</translation>
    </message>
    <message>
        <source>C&amp;ommand:</source>
        <translation>Bef&amp;ehl:</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Alle Klassen</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>Basic codes</source>
        <translation>Basis-Codes</translation>
    </message>
    <message>
        <source>Enhanced codes</source>
        <translation>Erweiterte Codes</translation>
    </message>
    <message>
        <source>Provider responses</source>
        <translation>Antworten der Provider</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Fehlergründe</translation>
    </message>
    <message>
        <source>Provider filter</source>
        <translation>Provider-Filter</translation>
    </message>
    <message>
        <source>Show only the responses one provider, filtering service or mail server sends</source>
        <translation>Nur die Antworten zeigen, die ein Provider, Filterdienst oder Mailserver sendet</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>Alle Provider</translation>
    </message>
    <message>
        <source>Any command</source>
        <translation>Beliebiger Befehl</translation>
    </message>
    <message>
        <source>Connection greeting</source>
        <translation>Begrüßung beim Verbindungsaufbau</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::BrowseView</name>
    <message>
        <source>Code or words: 550, 5.7, mailbox full, relay</source>
        <translation>Code oder Begriffe: 550, 5.7, mailbox full, relay</translation>
    </message>
    <message>
        <source>Search codes</source>
        <translation>Codes durchsuchen</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>&amp;Suche:</translation>
    </message>
    <message>
        <source>The knowledge base is empty.</source>
        <translation>Die Wissensdatenbank ist leer.</translation>
    </message>
    <message>
        <source>No knowledge base is loaded.</source>
        <translation>Es ist keine Wissensdatenbank geladen.</translation>
    </message>
    <message>
        <source>&amp;Compare %1 and %2</source>
        <translation>%1 und %2 &amp;vergleichen</translation>
    </message>
    <message>
        <source>No code has “%1”.</source>
        <translation>Kein Code enthält „%1“.</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>Meinten Sie %1?</translation>
    </message>
    <message>
        <source>No code matches “%1” with the filters set; set them to all to see more.</source>
        <translation>Kein Code passt mit den gesetzten Filtern zu „%1“; stellen Sie sie auf „alle“, um mehr zu sehen.</translation>
    </message>
    <message>
        <source>Each word of “%1” is found, but no code has them all.</source>
        <translation>Jedes Wort von „%1“ kommt vor, aber kein Code enthält alle.</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::ChartPalette</name>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Soft bounce</source>
        <translation>Vorübergehend abgewiesen</translation>
    </message>
    <message>
        <source>Hard bounce</source>
        <translation>Dauerhaft abgewiesen</translation>
    </message>
    <message>
        <source>Other failure</source>
        <translation>Anderer Fehler</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::ClassBadgeDelegate</name>
    <message>
        <source>local</source>
        <translation>lokal</translation>
    </message>
    <message>
        <source>+notes</source>
        <translation>+Notizen</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::CodeListView</name>
    <message>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::CommandTexts</name>
    <message>
        <source>Copy f&amp;ix advice</source>
        <translation>Lösungshinweis k&amp;opieren</translation>
    </message>
    <message>
        <source>Copy e&amp;ntry</source>
        <translation>E&amp;intrag kopieren</translation>
    </message>
    <message>
        <source>Cop&amp;y comparison</source>
        <translation>Vergleich &amp;kopieren</translation>
    </message>
    <message>
        <source>Cop&amp;y explanation</source>
        <translation>Erklärung &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy as &amp;Markdown</source>
        <translation>Als &amp;Markdown kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste and explain</source>
        <translation>E&amp;infügen und erklären</translation>
    </message>
    <message>
        <source>S&amp;wap codes</source>
        <translation>Codes &amp;tauschen</translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation>Da&amp;tei öffnen…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::CompareView</name>
    <message>
        <source>Code or title, e.g. 250 or mailbox full</source>
        <translation>Code oder Titel, z. B. 250 oder mailbox full</translation>
    </message>
    <message>
        <source>First code</source>
        <translation>Erster Code</translation>
    </message>
    <message>
        <source>Second code</source>
        <translation>Zweiter Code</translation>
    </message>
    <message>
        <source>Swap the two codes</source>
        <translation>Die beiden Codes vertauschen</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>F&amp;irst:</source>
        <translation>&amp;Erster:</translation>
    </message>
    <message>
        <source>Seco&amp;nd:</source>
        <translation>Z&amp;weiter:</translation>
    </message>
    <message>
        <source>Choose two codes to compare.</source>
        <translation>Wählen Sie zwei Codes zum Vergleichen aus.</translation>
    </message>
    <message>
        <source>SMTP %1 vs %2</source>
        <translation>SMTP %1 vs. %2</translation>
    </message>
    <message>
        <source>Copy fix: %1</source>
        <translation>Lösung kopieren: %1</translation>
    </message>
    <message>
        <source>first</source>
        <translation>erster Code</translation>
    </message>
    <message>
        <source>second</source>
        <translation>zweiter Code</translation>
    </message>
    <message>
        <source>Nothing to copy: choose two codes to compare.</source>
        <translation>Nichts zu kopieren: Wählen Sie zwei Codes zum Vergleichen.</translation>
    </message>
    <message>
        <source>Comparison %1 vs %2 copied</source>
        <translation>Vergleich %1 mit %2 kopiert</translation>
    </message>
    <message>
        <source>Comparison %1 vs %2 copied as Markdown</source>
        <translation>Vergleich %1 mit %2 als Markdown kopiert</translation>
    </message>
    <message>
        <source>Fix advice for %1 copied</source>
        <translation>Lösungshinweis für %1 kopiert</translation>
    </message>
    <message>
        <source>Fix advice for %1 and %2 copied</source>
        <translation>Lösungshinweise für %1 und %2 kopiert</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::DetailPane</name>
    <message>
        <source>Entry details</source>
        <translation>Details zum Eintrag</translation>
    </message>
    <message>
        <source>Copy the how-to-fix advice with the code and title (Ctrl+Shift+C)</source>
        <translation>Die Hinweise zur Behebung mit Code und Titel kopieren (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Copy the whole entry as plain text</source>
        <translation>Den ganzen Eintrag als reinen Text kopieren</translation>
    </message>
    <message>
        <source>Copy the whole entry as Markdown</source>
        <translation>Den ganzen Eintrag als Markdown kopieren</translation>
    </message>
    <message>
        <source>Type a code such as 550 or 5.1.1, or words such as mailbox full.</source>
        <translation>Geben Sie einen Code wie 550 oder 5.1.1 oder Begriffe wie mailbox full ein.</translation>
    </message>
    <message>
        <source>SMTP %1 %2</source>
        <translation>SMTP %1 %2</translation>
    </message>
    <message>
        <source>Nothing to copy: no entry is shown.</source>
        <translation>Nichts zu kopieren: Es wird kein Eintrag angezeigt.</translation>
    </message>
    <message>
        <source>Fix advice for %1 copied</source>
        <translation>Lösungshinweis für %1 kopiert</translation>
    </message>
    <message>
        <source>Entry %1 copied</source>
        <translation>Eintrag %1 kopiert</translation>
    </message>
    <message>
        <source>Entry %1 copied as Markdown</source>
        <translation>Eintrag %1 als Markdown kopiert</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::DocumentPrinter</name>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>%1 drucken</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::ExplainResults</name>
    <message>
        <source>S&amp;witch between summary and replies</source>
        <translation>Zwischen Zusammenfassung und Antworten &amp;wechseln</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>Zusammenfass&amp;ung</translation>
    </message>
    <message>
        <source>&amp;Replies</source>
        <translation>Ant&amp;worten</translation>
    </message>
    <message>
        <source>What the replies say together: totals, causes, reasons, providers, domains (Ctrl+Shift+R)</source>
        <translation>Was die Antworten zusammen sagen: Summen, Ursachen, Gründe, Anbieter, Domains (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Every reply explained in full (Ctrl+Shift+R)</source>
        <translation>Jede Antwort ausführlich erklärt (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>No summary: it is made for %1 replies or more, and for folders and large files.</source>
        <translation>Keine Zusammenfassung: Sie entsteht ab %1 Antworten sowie für Ordner und große Dateien.</translation>
    </message>
    <message>
        <source>%1 replies were found; the first %2 are shown here. The status bar counts all of them, and Copy explanation copies all of them.</source>
        <translation>%1 Antworten wurden gefunden; die ersten %2 werden hier gezeigt. Die Statusleiste zählt alle, und „Erklärung kopieren“ kopiert alle.</translation>
    </message>
    <message>
        <source>These replies were summarised straight from the files, without explaining each in full: choose a row in the summary to list its replies, and a reply to open its entry.</source>
        <translation>Diese Antworten wurden direkt aus den Dateien zusammengefasst, ohne jede einzeln zu erklären: Eine Zeile der Zusammenfassung wählen, um ihre Antworten aufzulisten, und eine Antwort, um ihren Eintrag zu öffnen.</translation>
    </message>
    <message>
        <source>Paste text above (Ctrl+Shift+V pastes the clipboard) or open a mail or log file (Ctrl+O): each SMTP reply in it is listed here with its codes, what they mean and what to do.</source>
        <translation>Fügen Sie oben Text ein (Ctrl+Shift+V fügt die Zwischenablage ein) oder öffnen Sie eine E-Mail oder Logdatei (Ctrl+O): Jede darin enthaltene SMTP-Antwort wird hier mit ihren Codes, deren Bedeutung und dem weiteren Vorgehen aufgeführt.</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::ExplainView</name>
    <message>
        <source>Replace the text with the clipboard and explain it (Ctrl+Shift+V)</source>
        <translation>Den Text durch den Inhalt der Zwischenablage ersetzen und erklären (Ctrl+Shift+V)</translation>
    </message>
    <message numerus="yes">
        <source>Explaining %n characters…</source>
        <translation>
            <numerusform>%n Zeichen wird erklärt…</numerusform>
            <numerusform>%n Zeichen werden erklärt…</numerusform>
        </translation>
    </message>
    <message>
        <source>SMTP replies explained</source>
        <translation>SMTP-Antworten erklärt</translation>
    </message>
    <message>
        <source>The clipboard holds no text to explain.</source>
        <translation>Die Zwischenablage enthält keinen Text zum Erklären.</translation>
    </message>
    <message>
        <source>Nothing to copy: paste a reply, a bounce or a log with an SMTP reply first.</source>
        <translation>Nichts zu kopieren: Fügen Sie zuerst eine Antwort, eine Unzustellbarkeitsnachricht oder ein Protokoll mit einer SMTP-Antwort ein.</translation>
    </message>
    <message>
        <source>Explanation of 1 reply copied</source>
        <translation>Erklärung der Antwort kopiert</translation>
    </message>
    <message numerus="yes">
        <source>Explanation of %n replies copied</source>
        <translation>
            <numerusform>Erklärung von %n Antwort kopiert</numerusform>
            <numerusform>Erklärung von %n Antworten kopiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Explanation of 1 reply copied as Markdown</source>
        <translation>Erklärung der Antwort als Markdown kopiert</translation>
    </message>
    <message numerus="yes">
        <source>Explanation of %n replies copied as Markdown</source>
        <translation>
            <numerusform>Erklärung von %n Antwort als Markdown kopiert</numerusform>
            <numerusform>Erklärung von %n Antworten als Markdown kopiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>Erklären</translation>
    </message>
    <message>
        <source>Explain a bounce (.eml), a mailbox (.mbox) or a log file (Ctrl+O)</source>
        <translation>Eine Unzustellbarkeitsnachricht (.eml), ein Postfach (.mbox) oder eine Logdatei erklären (Ctrl+O)</translation>
    </message>
    <message>
        <source>%1 is %2: only its first %3 were explained</source>
        <translation>%1 ist %2 groß: nur die ersten %3 wurden erklärt</translation>
    </message>
    <message>
        <source>One file is explained at a time: %1 is shown, %2 was left out</source>
        <translation>Es wird jeweils eine Datei erklärt: %1 wird gezeigt, %2 wurde ausgelassen</translation>
    </message>
    <message numerus="yes">
        <source>One file is explained at a time: %1 is shown, the other %n were left out</source>
        <translation>
            <numerusform>Es wird jeweils eine Datei erklärt: %1 wird gezeigt, die andere wurde ausgelassen</numerusform>
            <numerusform>Es wird jeweils eine Datei erklärt: %1 wird gezeigt, die anderen %n wurden ausgelassen</numerusform>
        </translation>
    </message>
    <message>
        <source>Explaining %1 (%2)…</source>
        <translation>%1 (%2) wird erklärt…</translation>
    </message>
    <message>
        <source>Cancelled after %1%: showing the replies found so far</source>
        <translation>Nach %1 % abgebrochen: Die bis dahin gefundenen Antworten werden gezeigt</translation>
    </message>
    <message>
        <source>%1: SMTP replies explained</source>
        <translation>%1: SMTP-Antworten erklärt</translation>
    </message>
    <message>
        <source>Summarising %1…</source>
        <translation>%1 wird zusammengefasst…</translation>
    </message>
    <message>
        <source>Cancelled after %1%: the summary counts the replies read so far</source>
        <translation>Nach %1% abgebrochen: Die Zusammenfassung zählt die bis dahin gelesenen Antworten</translation>
    </message>
    <message>
        <source>No SMTP reply found in %1</source>
        <translation>Keine SMTP-Antwort in %1 gefunden</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::FavouritesDock</name>
    <message>
        <source>Favourites</source>
        <translation>Favoriten</translation>
    </message>
    <message>
        <source>Starred entries and comparisons; Enter opens, Delete removes</source>
        <translation>Gemerkte Einträge und Vergleiche; Eingabetaste öffnet, Entf entfernt</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Remove from favourites</source>
        <translation>Aus den Favoriten &amp;entfernen</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::FavouritesMenu</name>
    <message>
        <source>Show &amp;favourites list</source>
        <translation>&amp;Favoritenliste anzeigen</translation>
    </message>
    <message>
        <source>No favourites yet: Ctrl+B stars the page on screen</source>
        <translation>Noch keine Favoriten: Ctrl+B fügt die angezeigte Seite hinzu</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::FavouritesModel</name>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 vs. %2</translation>
    </message>
    <message>
        <source>Compare %1 (%2) with %3 (%4)</source>
        <translation>%1 (%2) mit %3 (%4) vergleichen</translation>
    </message>
    <message>
        <source>%1: no entry in the loaded knowledge base</source>
        <translation>%1: kein Eintrag in der geladenen Wissensdatenbank</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::FavouritesStore</name>
    <message>
        <source>The favourites file %1 could not be read (%2). Favourites start empty; the file was left where it is.</source>
        <translation>Die Favoritendatei %1 konnte nicht gelesen werden (%2). Die Favoritenliste beginnt leer; die Datei wurde an ihrem Ort belassen.</translation>
    </message>
    <message>
        <source>The favourites file %1 could not be read (%2). Favourites start empty; the file was kept as %3.</source>
        <translation>Die Favoritendatei %1 konnte nicht gelesen werden (%2). Die Favoritenliste beginnt leer; die Datei wurde als %3 aufbewahrt.</translation>
    </message>
    <message>
        <source>%1 is a directory, not a favourites file; favourites will not be saved.</source>
        <translation>%1 ist ein Ordner und keine Favoritendatei; Favoriten werden nicht gespeichert.</translation>
    </message>
    <message>
        <source>larger than %1 MB</source>
        <translation>größer als %1 MB</translation>
    </message>
    <message>
        <source>The favourites file %1 could not be opened (%2).</source>
        <translation>Die Favoritendatei %1 konnte nicht geöffnet werden (%2).</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 bei Byte %2</translation>
    </message>
    <message>
        <source>no &quot;favourites&quot; list</source>
        <translation>keine &quot;favourites&quot;-Liste</translation>
    </message>
    <message numerus="yes">
        <source>%n favourite(s) in %1 could not be read and were left out; the original file was kept as %2.</source>
        <translation>
            <numerusform>%n Favorit in %1 konnte nicht gelesen werden und wurde ausgelassen; die ursprüngliche Datei wurde als %2 aufbewahrt.</numerusform>
            <numerusform>%n Favoriten in %1 konnten nicht gelesen werden und wurden ausgelassen; die ursprüngliche Datei wurde als %2 aufbewahrt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The favourites could not be saved to %1 (%2).</source>
        <translation>Die Favoriten konnten nicht in %1 gespeichert werden (%2).</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::FileInput</name>
    <message>
        <source>%1 is a folder: open a mail, an mbox or a log inside it</source>
        <translation>%1 ist ein Ordner: Öffnen Sie eine E-Mail, ein Postfach oder ein Log darin</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is empty: there is nothing to explain</source>
        <translation>%1 ist leer: Es gibt nichts zu erklären</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::KnowledgeBaseReloader</name>
    <message numerus="yes">
        <source>Knowledge base reloaded: %n entries</source>
        <translation>
            <numerusform>Wissensbasis neu geladen: %n Eintrag</numerusform>
            <numerusform>Wissensbasis neu geladen: %n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in your local knowledge base (%1) were left out; the built-in data and the valid parts are in use. Fix the file and press F5 to reload.</source>
        <translation>
            <numerusform>%n Problem in Ihrer lokalen Wissensbasis (%1) wurde übergangen; die eingebauten Daten und die gültigen Teile sind in Gebrauch. Korrigieren Sie die Datei und drücken Sie F5 zum Neuladen.</numerusform>
            <numerusform>%n Probleme in Ihrer lokalen Wissensbasis (%1) wurden übergangen; die eingebauten Daten und die gültigen Teile sind in Gebrauch. Korrigieren Sie die Datei und drücken Sie F5 zum Neuladen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be created.</source>
        <translation>%1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Local knowledge files go in %1</source>
        <translation>Dateien mit lokalem Wissen gehören nach %1</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::MainWindow</name>
    <message>
        <source>SMTP Codes</source>
        <translation>SMTP Codes</translation>
    </message>
    <message>
        <source>&amp;Star this page</source>
        <translation>Diese Seite zu den Favoriten &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Only two codes can be compared; ignored: %1</source>
        <translation>Es können nur zwei Codes verglichen werden; ignoriert: %1</translation>
    </message>
    <message>
        <source>No entry for “%1”</source>
        <translation>Kein Eintrag für „%1“</translation>
    </message>
    <message>
        <source>Un&amp;star this page</source>
        <translation>Diese Seite aus den Favoriten &amp;entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from the favourites (Ctrl+B)</source>
        <translation>%1 aus den Favoriten entfernen (Ctrl+B)</translation>
    </message>
    <message>
        <source>Add what is on screen to the favourites (Ctrl+B)</source>
        <translation>Die angezeigte Seite zu den Favoriten hinzufügen (Ctrl+B)</translation>
    </message>
    <message>
        <source>%1 added to the favourites; Ctrl+Shift+B shows the list</source>
        <translation>%1 zu den Favoriten hinzugefügt; Ctrl+Shift+B zeigt die Liste</translation>
    </message>
    <message>
        <source>%1 removed from the favourites</source>
        <translation>%1 aus den Favoriten entfernt</translation>
    </message>
    <message>
        <source>Only entries and comparisons can be starred; the explain view shows neither.</source>
        <translation>Nur Einträge und Vergleiche lassen sich zu den Favoriten hinzufügen; die Erklären-Ansicht zeigt keines von beiden.</translation>
    </message>
    <message>
        <source>Nothing to star: choose two codes to compare.</source>
        <translation>Nichts hinzuzufügen: Wählen Sie zwei Codes zum Vergleichen.</translation>
    </message>
    <message>
        <source>Type a code or words to search; %1 opens Explain for a pasted bounce, %2 pastes and explains it.</source>
        <translation>Code oder Begriffe eingeben; %1 öffnet „Erklären“ für Bounce-Nachrichten, %2 fügt ein und erklärt.</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Navigator</name>
    <message>
        <source>No entry for “%1”</source>
        <translation>Kein Eintrag für „%1“</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::NoticeBar</name>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Every problem, with file, line, entry and field</source>
        <translation>Jedes Problem mit Datei, Zeile, Eintrag und Feld</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
    <message>
        <source>Problems in the knowledge base</source>
        <translation>Probleme in der Wissensbasis</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>De&amp;tails…</source>
        <translation>Ein&amp;zelheiten…</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Verbergen</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::OpenFileDialog</name>
    <message>
        <source>Open a bounce, mailbox or log</source>
        <translation>Unzustellbarkeitsnachricht, Postfach oder Log öffnen</translation>
    </message>
    <message>
        <source>Mail and logs (*.eml *.mbox *.mbx *.msg *.txt *.log)</source>
        <translation>E-Mails und Logs (*.eml *.mbox *.mbx *.msg *.txt *.log)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open a folder of bounces or logs</source>
        <translation>Ordner mit Unzustellbarkeitsnachrichten oder Logs öffnen</translation>
    </message>
    <message>
        <source>The folder %1 cannot be read</source>
        <translation>Der Ordner %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>The folder %1 is empty: there is nothing to summarise</source>
        <translation>Der Ordner %1 ist leer: Es gibt nichts zusammenzufassen</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::PasteArea</name>
    <message>
        <source>Paste a reply, a bounce message, a delivery status notification, a transcript or a log line, or drop a mail or log file here.</source>
        <translation>Fügen Sie eine Serverantwort, eine Unzustellbarkeitsnachricht, eine Zustellstatusbenachrichtigung, ein Sitzungsprotokoll oder eine Logzeile ein, oder ziehen Sie eine E-Mail- oder Logdatei hierher.</translation>
    </message>
    <message>
        <source>Text to explain</source>
        <translation>Zu erklärender Text</translation>
    </message>
    <message>
        <source>%1, %2: explained from the file; type or paste here to explain text instead.</source>
        <translation>%1, %2: aus der Datei erklärt; tippen oder fügen Sie hier Text ein, um stattdessen ihn zu erklären.</translation>
    </message>
    <message>
        <source>The folder %1: its files are summarised; type or paste here to explain text instead.</source>
        <translation>Der Ordner %1: Seine Dateien werden zusammengefasst; tippen oder hier einfügen, um stattdessen Text zu erklären.</translation>
    </message>
    <message>
        <source>%1, %2: summarised from the file; type or paste here to explain text instead.</source>
        <translation>%1, %2: aus der Datei zusammengefasst; tippen oder hier einfügen, um stattdessen Text zu erklären.</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::PrintCommands</name>
    <message>
        <source>Nothing to print: choose an entry, a comparison or explain a paste first.</source>
        <translation>Nichts zu drucken: Wählen Sie zuerst einen Eintrag oder einen Vergleich, oder lassen Sie eingefügten Text erklären.</translation>
    </message>
    <message>
        <source>Nothing to export: choose an entry, a comparison or explain a paste first.</source>
        <translation>Nichts zu exportieren: Wählen Sie zuerst einen Eintrag oder einen Vergleich, oder lassen Sie eingefügten Text erklären.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::ReasonChart</name>
    <message>
        <source>Failures by reason</source>
        <translation>Fehler nach Grund</translation>
    </message>
    <message>
        <source>Other reasons</source>
        <translation>Andere Gründe</translation>
    </message>
    <message>
        <source>%1: %2 hard, %3 soft</source>
        <translation>%1: %2 dauerhaft, %3 vorübergehend</translation>
    </message>
    <message>
        <source>No bounces</source>
        <translation>Keine Abweisungen</translation>
    </message>
    <message>
        <source>Bounces by reason</source>
        <translation>Abweisungen nach Grund</translation>
    </message>
    <message>
        <source>No bounces.</source>
        <translation>Keine Abweisungen.</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::SearchField</name>
    <message>
        <source>Move through the results; the detail follows</source>
        <translation>Durch die Treffer blättern; die Details folgen</translation>
    </message>
    <message>
        <source>Go to the list</source>
        <translation>Zur Liste wechseln</translation>
    </message>
    <message>
        <source>Clear the search; the entry shown stays</source>
        <translation>Suche leeren; der angezeigte Eintrag bleibt</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::SettingsRecovery</name>
    <message>
        <source>it is larger than 1 MB</source>
        <translation>sie ist größer als 1 MB</translation>
    </message>
    <message>
        <source>it holds binary data</source>
        <translation>sie enthält Binärdaten</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>sie ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>it is not in the INI format</source>
        <translation>sie ist nicht im INI-Format</translation>
    </message>
    <message>
        <source>The settings file %1 could not be read (%2). The window starts with default settings; the old file was kept as %3.</source>
        <translation>Die Einstellungsdatei %1 konnte nicht gelesen werden (%2). Das Fenster startet mit den Standardeinstellungen; die alte Datei wurde als %3 aufbewahrt.</translation>
    </message>
    <message>
        <source>The settings file %1 could not be read (%2) nor moved aside; settings may be lost.</source>
        <translation>Die Einstellungsdatei %1 konnte weder gelesen (%2) noch beiseitegelegt werden; Einstellungen können verloren gehen.</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::ShortcutListModel</name>
    <message>
        <source>in the list “%1”</source>
        <translation>in der Liste „%1“</translation>
    </message>
    <message>
        <source>in the search field</source>
        <translation>im Suchfeld</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>in the view “%1”</source>
        <translation>in der Ansicht „%1“</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Alt and an underlined letter open a menu, a tab, a button or a field of the view in front.</source>
        <translation>Alt und ein unterstrichener Buchstabe öffnen ein Menü, einen Reiter, eine Schaltfläche oder ein Feld der angezeigten Ansicht.</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::StatusSummary</name>
    <message>
        <source>no class</source>
        <translation>keine Klasse</translation>
    </message>
    <message>
        <source>success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>intermediate</source>
        <translation>Zwischenantwort</translation>
    </message>
    <message>
        <source>temporary failure</source>
        <translation>vorübergehender Fehler</translation>
    </message>
    <message>
        <source>permanent failure</source>
        <translation>dauerhafter Fehler</translation>
    </message>
    <message>
        <source>Summary of the view</source>
        <translation>Zusammenfassung der Ansicht</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entries match</source>
        <translation>
            <numerusform>%1 von %n Eintrag passt</numerusform>
            <numerusform>%1 von %n Einträgen passen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, reading %2</source>
        <translation>%1; als Tippfehler gelesen: %2</translation>
    </message>
    <message>
        <source>Choose two codes to compare</source>
        <translation>Wählen Sie zwei Codes zum Vergleichen</translation>
    </message>
    <message>
        <source>%1 vs %2: same class (%3)</source>
        <translation>%1 und %2: gleiche Klasse (%3)</translation>
    </message>
    <message>
        <source>%1 vs %2: %3 vs %4</source>
        <translation>%1 und %2: %3 bzw. %4</translation>
    </message>
    <message>
        <source>%1; a pair often confused</source>
        <translation>%1; ein oft verwechseltes Paar</translation>
    </message>
    <message>
        <source>Nothing to explain yet</source>
        <translation>Noch nichts zu erklären</translation>
    </message>
    <message>
        <source>No SMTP reply found</source>
        <translation>Keine SMTP-Antwort gefunden</translation>
    </message>
    <message>
        <source>1 permanent failure</source>
        <translation>1 dauerhafter Fehler</translation>
    </message>
    <message numerus="yes">
        <source>%n permanent failures</source>
        <translation>
            <numerusform>%n dauerhafter Fehler</numerusform>
            <numerusform>%n dauerhafte Fehler</numerusform>
        </translation>
    </message>
    <message>
        <source>1 temporary failure</source>
        <translation>1 vorübergehender Fehler</translation>
    </message>
    <message numerus="yes">
        <source>%n temporary failures</source>
        <translation>
            <numerusform>%n vorübergehender Fehler</numerusform>
            <numerusform>%n vorübergehende Fehler</numerusform>
        </translation>
    </message>
    <message>
        <source>1 delivered</source>
        <translation>1 zugestellt</translation>
    </message>
    <message numerus="yes">
        <source>%n delivered</source>
        <translation>
            <numerusform>%n zugestellt</numerusform>
            <numerusform>%n zugestellt</numerusform>
        </translation>
    </message>
    <message>
        <source>1 intermediate</source>
        <translation>1 Zwischenantwort</translation>
    </message>
    <message numerus="yes">
        <source>%n intermediate</source>
        <translation>
            <numerusform>%n Zwischenantwort</numerusform>
            <numerusform>%n Zwischenantworten</numerusform>
        </translation>
    </message>
    <message>
        <source>1 unclear</source>
        <translation>1 unklar</translation>
    </message>
    <message numerus="yes">
        <source>%n unclear</source>
        <translation>
            <numerusform>%n unklar</numerusform>
            <numerusform>%n unklar</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>1 reply found</source>
        <translation>1 Antwort gefunden</translation>
    </message>
    <message numerus="yes">
        <source>%n replies found</source>
        <translation>
            <numerusform>%n Antwort gefunden</numerusform>
            <numerusform>%n Antworten gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (its first %2)</source>
        <translation>%1 (die ersten %2)</translation>
    </message>
    <message>
        <source>cancelled at %1%</source>
        <translation>bei %1 % abgebrochen</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>1 mail</source>
        <translation>1 E-Mail</translation>
    </message>
    <message numerus="yes">
        <source>%n mails</source>
        <translation>
            <numerusform>%n E-Mail</numerusform>
            <numerusform>%n E-Mails</numerusform>
        </translation>
    </message>
    <message>
        <source>1 reply summarised: %1 hard, %2 soft bounces</source>
        <translation>1 Antwort zusammengefasst: %1 dauerhafte, %2 vorübergehende Abweisungen</translation>
    </message>
    <message numerus="yes">
        <source>%n replies summarised: %1 hard, %2 soft bounces</source>
        <translation>
            <numerusform>%n Antwort zusammengefasst: %1 dauerhafte, %2 vorübergehende Abweisungen</numerusform>
            <numerusform>%n Antworten zusammengefasst: %1 dauerhafte, %2 vorübergehende Abweisungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SmtpCodes::SummaryExport</name>
    <message>
        <source>Copy &amp;summary as Markdown</source>
        <translation>&amp;Zusammenfassung als Markdown kopieren</translation>
    </message>
    <message>
        <source>Copy summary as &amp;CSV</source>
        <translation>Zusammenfassung als CS&amp;V kopieren</translation>
    </message>
    <message>
        <source>Save s&amp;ummary…</source>
        <translation>Zusammenfassung spei&amp;chern…</translation>
    </message>
    <message>
        <source>Save &amp;hard-bounced addresses…</source>
        <translation>&amp;Hart abgewiesene Adressen speichern…</translation>
    </message>
    <message>
        <source>Open a log or a folder of bounces first</source>
        <translation>Zuerst ein Log oder einen Ordner mit Unzustellbarkeitsnachrichten öffnen</translation>
    </message>
    <message>
        <source>No address hard-bounced</source>
        <translation>Keine Adresse wurde dauerhaft abgewiesen</translation>
    </message>
    <message>
        <source>Nothing to export: open a log, a mailbox or a folder of bounces with replies first.</source>
        <translation>Nichts zu exportieren: Zuerst ein Log, ein Postfach oder einen Ordner mit Unzustellbarkeitsnachrichten öffnen, die Antworten enthalten.</translation>
    </message>
    <message>
        <source>Summary of %1 replies copied as Markdown</source>
        <translation>Zusammenfassung von %1 Antworten als Markdown kopiert</translation>
    </message>
    <message>
        <source>Summary of %1 replies copied as CSV</source>
        <translation>Zusammenfassung von %1 Antworten als CSV kopiert</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Summary saved to %1</source>
        <translation>Zusammenfassung in %1 gespeichert</translation>
    </message>
    <message>
        <source>1 hard-bounced address saved to %1</source>
        <translation>1 dauerhaft abgewiesene Adresse in %1 gespeichert</translation>
    </message>
    <message>
        <source>%1 hard-bounced addresses saved to %2</source>
        <translation>%1 dauerhaft abgewiesene Adressen in %2 gespeichert</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Save the summary</source>
        <translation>Zusammenfassung speichern</translation>
    </message>
    <message>
        <source>No address hard-bounced: there is nothing to save.</source>
        <translation>Keine Adresse wurde dauerhaft abgewiesen: Es gibt nichts zu speichern.</translation>
    </message>
    <message>
        <source>Save the hard-bounced addresses</source>
        <translation>Dauerhaft abgewiesene Adressen speichern</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Text (*.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::SummaryGroupModel</name>
    <message>
        <source>&lt; 0.1 %</source>
        <translation>&lt; 0,1 %</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Dauerhaft</translation>
    </message>
    <message>
        <source>Soft</source>
        <translation>Vorübergehend</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::SummaryReplyModel</name>
    <message>
        <source>%1, mail %2</source>
        <translation>%1, Mail %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Fundstelle</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::SummaryText</name>
    <message>
        <source>the text</source>
        <translation>dem Text</translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 reply</source>
        <translation>%1 Antwort</translation>
    </message>
    <message>
        <source>%1 replies</source>
        <translation>%1 Antworten</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>%1 delivered</source>
        <translation>%1 zugestellt</translation>
    </message>
    <message>
        <source>%1 temporary failures (4xx)</source>
        <translation>%1 vorübergehende Fehler (4xx)</translation>
    </message>
    <message>
        <source>%1 permanent failures (5xx)</source>
        <translation>%1 dauerhafte Fehler (5xx)</translation>
    </message>
    <message>
        <source>%1 hard bounces</source>
        <translation>%1 dauerhafte Abweisungen</translation>
    </message>
    <message>
        <source>%1 soft bounces</source>
        <translation>%1 vorübergehende Abweisungen</translation>
    </message>
    <message>
        <source>%1 addresses</source>
        <translation>%1 Adressen</translation>
    </message>
    <message>
        <source>%1 problems (listed below the causes)</source>
        <translation>%1 Probleme (unter den Ursachen aufgeführt)</translation>
    </message>
    <message>
        <source>Cancelled: the summary counts only what was read before.</source>
        <translation>Abgebrochen: Die Zusammenfassung zählt nur, was bis dahin gelesen wurde.</translation>
    </message>
    <message>
        <source>What to fix first</source>
        <translation>Was zuerst zu beheben ist</translation>
    </message>
    <message>
        <source>Nothing: no reply failed.</source>
        <translation>Nichts: Keine Antwort ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1 replies, %2 addresses (%3 hard, %4 soft)</source>
        <translation>%1 Antworten, %2 Adressen (%3 dauerhaft, %4 vorübergehend)</translation>
    </message>
    <message>
        <source>list them</source>
        <translation>auflisten</translation>
    </message>
    <message>
        <source>what to do</source>
        <translation>was zu tun ist</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Basic code</source>
        <translation>Basiscode</translation>
    </message>
    <message>
        <source>Enhanced code</source>
        <translation>Erweiterter Code</translation>
    </message>
    <message>
        <source>Recipient domain</source>
        <translation>Empfänger-Domain</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::SummaryView</name>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Summen</translation>
    </message>
    <message>
        <source>What to fix first</source>
        <translation>Was zuerst zu beheben ist</translation>
    </message>
    <message>
        <source>Count by</source>
        <translation>Gruppieren nach</translation>
    </message>
    <message>
        <source>Filter the rows</source>
        <translation>Zeilen filtern</translation>
    </message>
    <message>
        <source>Type to filter the rows</source>
        <translation>Tippen, um die Zeilen zu filtern</translation>
    </message>
    <message>
        <source>Rows of the summary</source>
        <translation>Zeilen der Zusammenfassung</translation>
    </message>
    <message>
        <source>Filter the replies</source>
        <translation>Antworten filtern</translation>
    </message>
    <message>
        <source>Type to filter the replies</source>
        <translation>Tippen, um die Antworten zu filtern</translation>
    </message>
    <message>
        <source>Replies of the row</source>
        <translation>Antworten der Zeile</translation>
    </message>
    <message>
        <source>Copy or &amp;save</source>
        <translation>Kopieren oder &amp;speichern</translation>
    </message>
    <message>
        <source>Copy the summary as Markdown or CSV, or save it or the hard-bounced addresses</source>
        <translation>Die Zusammenfassung als Markdown oder CSV kopieren, sie oder die dauerhaft abgewiesenen Adressen speichern</translation>
    </message>
    <message>
        <source>Coun&amp;t by:</source>
        <translation>Gru&amp;ppieren nach:</translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation>Filt&amp;er:</translation>
    </message>
    <message>
        <source>Choose a row to list its replies.</source>
        <translation>Eine Zeile wählen, um ihre Antworten aufzulisten.</translation>
    </message>
    <message>
        <source>Replies of “%1”: %2</source>
        <translation>Antworten zu „%1“: %2</translation>
    </message>
    <message>
        <source>This reply has no entry to open.</source>
        <translation>Zu dieser Antwort gibt es keinen Eintrag.</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::TimelineChart</name>
    <message>
        <source>Replies over time</source>
        <translation>Antworten im Zeitverlauf</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2, %n replies with a time</source>
        <translation>
            <numerusform>%1 bis %2, %n Antwort mit Zeit</numerusform>
            <numerusform>%1 bis %2, %n Antworten mit Zeit</numerusform>
        </translation>
    </message>
    <message>
        <source>No reply carried a time.</source>
        <translation>Keine Antwort trug eine Zeit.</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::ViewTabs</name>
    <message>
        <source>&amp;Browse</source>
        <translation>&amp;Nachschlagen</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>Verg&amp;leichen</translation>
    </message>
    <message>
        <source>E&amp;xplain</source>
        <translation>E&amp;rklären</translation>
    </message>
    <message>
        <source>Search and read the codes (Ctrl+1)</source>
        <translation>Codes suchen und nachlesen (Ctrl+1)</translation>
    </message>
    <message>
        <source>Two codes side by side (Ctrl+2)</source>
        <translation>Zwei Codes nebeneinander (Ctrl+2)</translation>
    </message>
    <message>
        <source>Explain pasted replies, bounces and logs (Ctrl+3)</source>
        <translation>Eingefügte Antworten, Unzustellbarkeitsnachrichten und Logs erklären (Ctrl+3)</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::WindowActions</name>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About SMTP Codes</source>
        <translation>Ü&amp;ber SMTP Codes</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Print the entry, comparison or explanation on screen</source>
        <translation>Den angezeigten Eintrag, Vergleich oder die angezeigte Erklärung drucken</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <source>&amp;Export as PDF…</source>
        <translation>Als PDF &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Reload knowledge base</source>
        <translation>Wissensbasis &amp;neu laden</translation>
    </message>
    <message>
        <source>Read the built-in data and your local overlay files again</source>
        <translation>Die eingebauten Daten und Ihre lokalen Ergänzungsdateien erneut einlesen</translation>
    </message>
    <message>
        <source>Open &amp;local knowledge folder</source>
        <translation>&amp;Ordner für lokales Wissen öffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Back to the previous entry or comparison (Alt+Left)</source>
        <translation>Zurück zum vorherigen Eintrag oder Vergleich (Alt+Left)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Vorwärts</translation>
    </message>
    <message>
        <source>Forward again (Alt+Right)</source>
        <translation>Wieder vorwärts (Alt+Right)</translation>
    </message>
    <message>
        <source>&amp;Browse</source>
        <translation>&amp;Nachschlagen</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>Verg&amp;leichen</translation>
    </message>
    <message>
        <source>E&amp;xplain</source>
        <translation>E&amp;rklären</translation>
    </message>
    <message>
        <source>Compare &amp;selected codes</source>
        <translation>&amp;Ausgewählte Codes vergleichen</translation>
    </message>
    <message>
        <source>Compare the two selected codes, or the selected code and its usual partner (Ctrl+D)</source>
        <translation>Die beiden ausgewählten Codes vergleichen oder den ausgewählten Code mit seinem üblichen Gegenstück (Ctrl+D)</translation>
    </message>
    <message>
        <source>F&amp;avourites</source>
        <translation>&amp;Favoriten</translation>
    </message>
    <message>
        <source>&amp;Star this page</source>
        <translation>Diese Seite zu den Favoriten &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Erscheinungsbild</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Dem &amp;System folgen</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Reset zoom</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>Text size %1% (the largest)</source>
        <translation>Textgröße %1 % (die größte)</translation>
    </message>
    <message>
        <source>Text size %1% (the smallest)</source>
        <translation>Textgröße %1 % (die kleinste)</translation>
    </message>
    <message>
        <source>Text size %1%</source>
        <translation>Textgröße %1 %</translation>
    </message>
    <message>
        <source>Explain a bounce (.eml), a mailbox (.mbox) or a log file</source>
        <translation>Eine Unzustellbarkeitsnachricht (.eml), ein Postfach (.mbox) oder eine Logdatei erklären</translation>
    </message>
    <message>
        <source>Open fol&amp;der…</source>
        <translation>Ordner ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Summarise every bounce and log in a folder</source>
        <translation>Alle Unzustellbarkeitsnachrichten und Logs eines Ordners zusammenfassen</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::WorkProgress</name>
    <message>
        <source>Progress of the explanation</source>
        <translation>Fortschritt der Erklärung</translation>
    </message>
    <message>
        <source>Stop explaining and show the replies found so far (Esc)</source>
        <translation>Das Erklären abbrechen und die bis dahin gefundenen Antworten zeigen (Esc)</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
</TS>
