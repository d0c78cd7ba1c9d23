<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>ApiClient</name>
    <message>
        <source>The method %1 is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header %1 is set by the explorer and cannot be added by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path is not a valid URL path; percent-encode characters such as &apos;%&apos; and &apos;\&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request would leave %1; the key is only sent to that origin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requests to production must be confirmed first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file %1 could not be read as PEM certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path must start with &apos;/&apos; (for example /v1/me).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path must not start with &apos;//&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path contains a space or a control character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path must not contain &apos;?&apos; or &apos;#&apos;; put query parameters in the query list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request failed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response body was larger than %1 MiB and was abandoned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server ended its answer with the interim status %1, which is never a final answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy %1 asks for a user name and password (HTTP 407); the request did not go further.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was received for %1 ms; the request was abandoned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1-encoded response body was abandoned: it could not be decompressed within the safety limits (more than 40 times its compressed size past %2 MiB, or corrupt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection closed after %1 of the %2 bytes the server announced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection closed before the response was complete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Assertion</name>
    <message>
        <source>The assertion is empty: write “?? status == 200”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“header” needs the header&apos;s name: “?? header content-type includes json”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a field the explorer checks: use status, duration, header or body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assertion has no condition: add one such as “== 200” or “exists”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” takes no value, but “%2” follows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” needs a value to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid regular expression.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a condition the explorer runs: use ==, !=, &lt;, &lt;=, &gt;, &gt;=, startsWith, endsWith, includes, matches, exists, isFalse, isNumber, isBoolean, isString or isArray.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrunoImport</name>
    <message>
        <source>%1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: &quot;%3&quot; is not the start of a block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: the block &quot;%3&quot; is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bruno.json is not valid JSON: %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder-wide header %1 ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: folders nested deeper than %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 request ignored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/: the document is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/: the document is not a YAML mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels (a recursive alias?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML aliases (*name) expand the document too much: stopped after %L1 values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML aliases (*name) expand the document too much: stopped after %1 of text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>Unknown command &quot;%1&quot;. Try hero-cli --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: hero-cli import FILE --to DIR [--env-file FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n request(s) from %1 into %2 (%3 files).</source>
        <translation>
            <numerusform>Imported %n request from %1 into %2 (%3 files).</numerusform>
            <numerusform>Imported %n requests from %1 into %2 (%3 files).</numerusform>
        </translation>
    </message>
    <message>
        <source>Dropped or ignored:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown environment &quot;%1&quot;; use %2, or custom with --base-url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The in-process sandbox did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--env custom needs --base-url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key is saved for %1. Add one with: hero-cli --env %1 keys add --label NAME &lt; key.txt, or pass --key-env VAR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key labelled &quot;%1&quot; is saved for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment variable %1 is empty or not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard input could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--practice-group ID is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes METHOD PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--query takes K=V, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--header takes K:V, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--data is not valid JSON: %1 at offset %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued by the rate limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, waiting %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy %1 refused the user name and password in %2. Check them; characters such as @ or : in them must be percent-encoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy %1 asks for a user name and password. Put them in its URL: %2=http://USER:PASSWORD@%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the key: hero-cli --env %1 keys list, then keys test or keys add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act for the key&apos;s home practice group: --practice-group ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act for the key&apos;s home practice group: --practice-group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send fewer requests: %1 allows %2 per %3 s for each key (--json prints &quot;rate&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the command again in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the command again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the rule that refused it: hero-cli diagnose %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add --json for the whole answer to paste into a support ticket (it never holds the key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network connection, the proxy (https_proxy, no_proxy) and the address (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the command again once the keyring is unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add --confirm-production to send %1 to production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: hero-cli refused the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from takes the whole request from the file; give no METHOD PATH, --query, --header or --data with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2 requests; name one with %1#NAME: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no request named &quot;%2&quot;; it has: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (environment &quot;%2&quot; of the nearest %3, or an @variable of the file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run takes one or more .http files or folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No requests to run in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No request&apos;s name contains &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sends %2 to production: add --confirm-production to run it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued by the rate limit, waiting %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys takes list, add, remove or test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keys saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox&apos;s keys are built in and never saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot; for %2 in the keychain (…%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot; (…%2) from %3 and the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key works: GET /v1/me answered %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call was not repeated: diagnose only ever sends GET requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CollectionFolder</name>
    <message>
        <source>%1 is not a file of this collection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no request %2 any more; it changed on disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in this collection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request&apos;s name is one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be renamed to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is in %1 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was copied to %1 but is still in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a file or folder of this collection moves, into one of its folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder cannot move into itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No collection is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CollectionImport</name>
    <message>
        <source>method &quot;%1&quot; replaced by GET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body lines starting with ### indented by one space (they would start a new request)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header %1 dropped (disabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 value replaced by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header %1 dropped (credential)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>query parameter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>form field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dropped (disabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dropped (credential)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>query parameter %1 dropped (credential)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variable %1 dropped (disabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variable %1 dropped (secret value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auth (%1) dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 script ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body (%1) dropped: only raw and urlencoded bodies are imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists and is not an empty folder; import into a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A temporary folder could not be made in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The empty folder %1 could not be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The imported collection could not be moved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file of curl commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder without bruno.json, not a collection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a collection: its top level is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a Postman environment, not a collection: give it with the collection it belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a collection this version can import (Postman Collection v2.1 or v2.0, Insomnia export v4).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CollectionModel</name>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CollectionRun</name>
    <message>
        <source>{{%1}} has no value: no request named “%2” answered before this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{%1}} has no value: the response of “%2” has no “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2 (a script: not run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no value: define it in the file or in http-client.env.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CollectionVariables</name>
    <message>
        <source>not a JSON object of environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the environment &quot;%1&quot; is not an object of variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The x-api-key header holds a literal value; a collection keeps only the placeholder %1, and the explorer sends the key itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is only read as the x-api-key header&apos;s placeholder; environment variables are not read elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The variable &quot;%1&quot; of &quot;%2&quot; looks like a key; keys are kept in the keychain, never in a collection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL&apos;s origin %1 is not %2&apos;s origin %3; the key is only sent to that origin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL %1 is outside %2&apos;s base path %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL %1 is neither a path starting with &apos;/&apos; nor an http(s) URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request has no URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not defined: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CollectionVariablesDialog</name>
    <message>
        <source>Add &amp;environment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &amp;variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each environment&apos;s variables, as {{name}} in requests. Keys never go here: the explorer adds its own from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the file in a text editor; it reloads here when saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An environment needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is an environment %1 already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CollectionsPanel</name>
    <message>
        <source>Open folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a collection folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a folder of .http files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the collection&apos;s environment variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The variables of each environment (http-client.env.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, method or URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New fi&amp;le…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;un…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a folder of .http files to keep requests as a collection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read; hover them for why.</source>
        <translation>
            <numerusform>%n file could not be read; hover it for why.</numerusform>
            <numerusform>%n files could not be read; hover them for why.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) have lines that were not understood; hover them for where.</source>
        <translation>
            <numerusform>%n file has lines that were not understood; hover it for where.</numerusform>
            <numerusform>%n files have lines that were not understood; hover them for where.</numerusform>
        </translation>
    </message>
    <message>
        <source>No .http files here yet: add one with New file in the context menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name (.http is added):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folders are not duplicated; duplicate its files instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(top folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no other file to move the request to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no other folder to move it to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the request to the file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the request “%1” from %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the file %1 and every request in it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the folder %1 and everything in it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossOrgFlow</name>
    <message>
        <source>an unknown practice group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 with key %3 as %4 (the key&apos;s home group: %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the explorer refused it (%1). %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: you cancelled it while it waited to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Hero API was not reached (%1): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1, but no answer came back (%2): whether it reached the Hero API is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1, then you cancelled it before an answer came: whether it reached the Hero API is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same group or cross-organisational</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a same-group call: the key acts for its own practice group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cross-organisational call from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a call whose kind is unknown (the key&apos;s home group or the group sent is not known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reached: it would have been %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reached: the key was refused before the practice group was considered. It would have been %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown whether the Hero API got this far; it would be %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Hero API saw %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reached: the key was refused first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reached: the call never got to the Hero API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown: the answer (%1) may not have come from the Hero API&apos;s group handling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown: no answer came back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed: the call acts for the key&apos;s own practice group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown: without the key&apos;s home group the explorer cannot tell whether a network check applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed: %1 and %2 share a network, so the call acted for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied: the answer says %1 and %2 share no network (error code &quot;%3&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown: the 403 does not say whether the network check or the scope check refused the call. The 403 doctor can tell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown: the answer names a missing scope; whether the network check ran first is not documented.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown: the answer does not say whether the network check ran.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete after %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key home: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acting for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed: same group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same group: no check expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does %1 share a network with %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused here: the explorer did not send it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: you cancelled it while it waited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request with key %1, acting for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same group %1: no network check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would be same group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cross-organisational %1 → %2: check the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would be cross-organisational %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same group or cross-organisational?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not needed: same group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed: %1 and %2 share a network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 share no network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network check result not in the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer (you cancelled it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 after %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the explorer refused the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: cancelled while it waited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same-group call (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-organisational call %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call for group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused by the network check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network check passed, answered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled, no answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossOrgPanel</name>
    <message>
        <source>Your app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hero API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No call yet. Send a request to see how it went through the Hero API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-organisational flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to home group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the 403 doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find out with safe GET probes which rule refused the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-organisational flow: no call yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a step to see what it rests on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No call yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a step, or use Tab and the arrow keys, to see its evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the call again as %1, the key&apos;s home group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2: %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CurlImport</name>
    <message>
        <source>What follows &apos;|&apos; was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A redirection (&apos;%1&apos;) and what follows it were left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A single quote (&apos;) is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A double quote (&quot;) is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A command substitution $(…) was kept as text; the shell would have run it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A $&apos;…&apos; quote is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body part read from the file &apos;%1&apos; was left out: paste its content into the body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body read from the file &apos;%1&apos; was left out: paste its content into the body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header &apos;%1&apos; has no name and value; it was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name and password (%1) were left out: Hero authenticates with the key, which the explorer adds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials given with %1 were left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not supported; it was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was ignored: TLS certificates are always checked. Set a CA file on the environment instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was ignored: the explorer never follows redirects, so that the key stays with its origin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy (%1) was ignored: the explorer uses the system&apos;s proxy settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was ignored: certificates are set on the environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no value; it was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option %1 is not known here; it was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL starts with a variable; the request goes to the current environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL &apos;%1&apos; is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL&apos;s scheme &apos;%1&apos; is not HTTP or HTTPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name and password in the URL were left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header name &apos;%1&apos; is not valid; it was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The x-api-key header was not kept: store the key in the keychain (Keys…) instead. The explorer adds it to each request, and only for its own environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers that may hold a secret were left out: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will be set when the request is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser headers were left out: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is not a curl command (&apos;%2&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The curl command on line %1 has no URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command names %1 URLs; only the first, %2, was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is sent as JSON; curl itself would have sent it as a form (application/x-www-form-urlencoded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the Windows cmd form of “Copy as cURL”, which is read differently; copy it as cURL (bash) instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no curl command in the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first command was read; %1 more followed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomEnvironmentDialog</name>
    <message>
        <source>Bro&amp;wse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a custom environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown in the environment list, e.g. Partner proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://api.example.test (HTTPS unless on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: a PEM file trusted for this environment only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the PEM file of the certificate authority that signed this environment&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomEnvironmentInput</name>
    <message>
        <source>Give the environment a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the base URL, such as https://api.example.test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Diagnosis</name>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice group sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key&apos;s home group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes; only the start was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the explorer refused the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key could be read for this environment, so nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key is not a valid header value (empty, too long, or with spaces or control characters), so nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the key manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the keyring is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring that holds the API key is locked, so nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request changes data in production and was not confirmed, so nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the request and confirm it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The explorer held the request back to stay within the key&apos;s rate limit, and the queued request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the rate limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice group id is not a string of digits, so nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the practice group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A header name or value is not allowed (for example it holds a line break), so nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request or the environment&apos;s address is not acceptable, so nothing was sent and the key did not leave this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the request or the environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s certificate has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not valid yet (check this computer&apos;s clock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate was issued for another host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate is self-signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate has been revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate is not signed by an authority this computer trusts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name %1 could not be resolved. Check the environment&apos;s address and this computer&apos;s DNS or VPN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection: nothing is listening there, or a firewall rejected it. The request was not received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection closed before the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was closed or reset before a complete answer arrived, or what came back did not start like an HTTP answer (a malformed status line ends the same way). Whether the server acted on the request is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No complete answer arrived within %1 seconds. Whether the server acted on the request is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be verified, so nothing was sent. The explorer never ignores certificate errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be verified: %2. Nothing was sent; the explorer never ignores certificate errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the environment&apos;s address, CA setting and any proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection closed before the whole answer arrived (%1 bytes received). The partial body is not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer exceeded the explorer&apos;s size limit and was abandoned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for less, for example a smaller page size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy wants a sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proxy on the way asks for a user name and password before it lets the request through, so nothing reached %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy %1 asks for a user name and password before it lets the request through, so nothing reached %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s user name and password when the explorer asks for them, or ask whoever runs the proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the proxy settings and credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was not valid HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What came back from %1 breaks the HTTP protocol, so it is not used as an answer. A server, proxy or gateway on the way is misbehaving; whether the server acted on the request is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check proxy and network settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled before an answer arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request failed before an answer arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a support report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key was sent with the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key was refused, and %1: staging and production keys are separate, so a key from one is refused by the other. Use a key issued for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key was refused: it is wrong, revoked, rotated or expired, or it belongs to another environment (staging and production keys are separate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key was not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key lacks the scope this endpoint needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This endpoint needs the &quot;%1&quot; scope, which the key does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is known to have: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the practice or Hero support for a key with that scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key lacks a scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the 403 doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key&apos;s own practice group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the practice group sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-organisational call refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key belongs to %1 and the call asked to act for %2. Hero allows that only when both practice groups share a Hero-configured network, and these two share none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to the home practice group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key lacks a scope this endpoint needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key lacks the &quot;%1&quot; scope this endpoint needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 share no network, so the cross-organisational call was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer does not say which rule refused the call. Most likely %1; otherwise %2. This is a judgement from the context, not the server&apos;s words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer does not say which rule refused the call. The call acts for the key&apos;s own practice group, so no network check applies: most likely %1%2. This is a judgement from the context, not the server&apos;s words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the key is known to have: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused (403) without a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key made more requests than its limit allows in the time window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This explorer counted %1 of %2 requests in the current window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asks to wait %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not say how long to wait; back off and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limit reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server found the request malformed but listed no field problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server found %n problem(s) with the request:</source>
        <translation>
            <numerusform>The server found %n problem with the request:</numerusform>
            <numerusform>The server found %n problems with the request:</numerusform>
        </translation>
    </message>
    <message>
        <source>The request was rejected as invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with a redirect but named no target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with a redirect to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is another origin: the explorer never follows redirects, so the key was not sent there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The explorer never follows redirects; check the environment&apos;s base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect not followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the environment&apos;s base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a day or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>A web page answered instead of the API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer (status %1) is an HTML page, typically from a proxy, gateway or captive portal between this computer and the API. The API itself answers in JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API answered %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API has no such resource or route: check the path and the ids in it. The id may also belong to another practice group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API failed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reported an error of its own. This is not caused by the key or the practice group; retry later and report it if it persists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request refused (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request with status %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the path</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnosisPanel</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry &amp;automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inferred, not stated by the server: the 403 doctor can check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the request again by itself once the wait is over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a redacted report for a support ticket: no API key, and no bodies unless included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the support report before copying it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a support ticket:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen %1×</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The same failure happened %n time(s) in a row</source>
        <translation>
            <numerusform>The same failure happened %n time in a row</numerusform>
            <numerusform>The same failure happened %n times in a row</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report copied, with bodies; no API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report copied: no API key, no bodies.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doctor</name>
    <message>
        <source>not sent (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET %1 as %2: is the key valid?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET %1 as %2: does the key&apos;s group share a network with it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET %1 as %2: does the key have the scope it needs?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The probe could not be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is valid and acts for its home group %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key itself is refused: it is wrong, revoked, expired or meant for another environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key may act for %1: the two groups share a network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key may not act for %1: its group shares no network with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same request works for the home group %1: the key has the scope it needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same request is refused for the home group %1: the key lacks the scope it needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This answer does not settle the question: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is not accepted at all: replace it with a valid key for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not be checked; see the first probe&apos;s answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 share no network, so the key may not act for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same request works for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is valid but lacks the scope this endpoint needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is valid and the refused answer named a missing scope; the request was not repeated because it is not a GET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is valid and the request works for its home group %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The probes did not explain the refusal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is valid. The refused request is not a GET, so it was not repeated and its scope could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DoctorDialog</name>
    <message>
        <source>Open the key manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to the home practice group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a key with the scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>403 doctor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why was %1 refused?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acted for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key&apos;s home group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <extracomment>The API key (a credential), by its label; not a key of the keyboard</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each probe below is a GET request with the same key, sent one after the other. Probes count against the key&apos;s rate limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is changed on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refused %1 is never sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a redacted report with the probes and the verdict: no API key, and no bodies unless included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shared network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key lacks the scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works for the home group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inconclusive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to probe: the refused call names no path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: an earlier probe already settled the question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verdict appears here when the probes have answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No verdict yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the probes to find out which rule refused the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the &amp;probes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probes sent: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report copied, with bodies; no API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report copied: no API key, no bodies.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndpointBrowser</name>
    <message>
        <source>Confidence: not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence: documented by Hero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence: partial (some fields inferred)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Parameters&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an endpoint to see its description, parameters and required scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter endpoints (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words to find in the path, summary or tag. Down moves to the list, Esc clears.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In</source>
        <extracomment>Where the parameter goes (OpenAPI&apos;s &quot;in&quot;): path, query, header or cookie</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No catalogue loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No endpoint matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required scope: none known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required scope: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(e.g. %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Parameters&lt;/b&gt;: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in new &amp;tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to collection…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Environment</name>
    <message>
        <source>Staging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal mock server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox (offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL has no host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL must not contain a user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL must not contain a query (?…) or fragment (#…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http:// is allowed only for this computer (localhost, 127.0.0.1, ::1); use https:// for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>host not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection closed early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy sign-in needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeaderValidation</name>
    <message>
        <source>It contains a line break (CR or LF), which could inject another header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It contains a NUL character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It contains a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It contains a control character (such as a tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It contains a non-ASCII character; only visible ASCII is allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key is longer than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key is wrapped in quotes; paste the key alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key starts with &quot;x-api-key:&quot;; paste the key alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key is not valid. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice group id is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice group id is longer than %1 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice group id is not valid. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice group id must be digits only (for example 1001).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A header name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header name &quot;%1&quot; contains a character that is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A header value is longer than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A header value contains a line break (CR or LF), which could inject another header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A header value contains a control character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A header value contains a non-ASCII character.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Open in composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep bodies in history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear stored bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search method, path, status, group or environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the selected request back into the composer (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every stored request and response body; the entries themselves stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save to collection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove all %n entries from the request history?</source>
        <translation>
            <numerusform>Remove the %n entry from the request history?</numerusform>
            <numerusform>Remove all %n entries from the request history?</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request and response bodies can contain patient data, and they are saved on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 older entries still hold bodies saved on this computer, which can contain patient data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request and response bodies can contain patient data. When this is on, up to %1 KiB of each body is written to the history file on this computer, and the bodies of the tabs left open are kept for the next start. Off by default; bodies already stored stay until you clear them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>it is far larger than the history limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it could not be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a history file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history was written by a newer version of Hero API Explorer. It was copied to %1; the entries this version understands were loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history was written by a newer version of Hero API Explorer and could not be copied aside; it will not be changed this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n history entries could not be read and were left out.</source>
        <translation>
            <numerusform>%n history entry could not be read and was left out.</numerusform>
            <numerusform>%n history entries could not be read and were left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>The history could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history file could not be used because %1. It was moved to %2 and the history starts empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history file could not be used because %1, and it could not be moved aside. The history starts empty and will not be saved this session.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpFile</name>
    <message>
        <source>script block ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a header line (Name: value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a body from a file is not read; the line is sent as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text after the response handler is not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response handler script is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request line has no URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>directive @%1 is not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a variable definition (@name = value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response reference ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output redirect ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response handler script ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response handler file ignored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpFileStore</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InsomniaImport</name>
    <message>
        <source>%1 is an Insomnia export of format %2; format 4 can be imported (export it again from Insomnia as &quot;Insomnia v4&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;resources&quot; is missing or not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: resources[%2] is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template tag {% … %} kept as written (it is not run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pre-request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after-response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: request groups nested deeper than %2 (in &quot;%3&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder environment ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cookie jar dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test suite ignored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonDocumentModel</name>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonParse</name>
    <message>
        <source>Parsing was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2 (byte %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nested deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON ends early (truncated body)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not JSON: the body starts with %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyManagerDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set as &amp;default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <extracomment>Verb: send one safe request to check that the selected API key works</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use for this &amp;session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <extracomment>The API key (a credential), by its last characters</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <extracomment>Marks the key used when none is picked</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required, e.g. “Staging, booking”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. 1001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <extracomment>Verb: show the characters of the API key being typed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the key while you check it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Home practice group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is now the default key for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(short key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the key&apos;s last four characters are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the secret of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed the key to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping the key in memory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving to the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is kept in memory for this session only and is forgotten when you quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced the secret of “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1” in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was not saved. %1

You can still use it for this session only: it stays in memory, is never written to disk, and is forgotten when you quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain cannot be used right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was not saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is forgotten from this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its secret is deleted from the keychain and its settings are removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the key “%1” for %2 (ending in …%3)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not removed. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test of “%1” passed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test of “%1” failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyRing</name>
    <message>
        <source>Give the key a label, for example “Staging, booking”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the environment this key belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same key is also saved for %1 as “%2”. Use separate keys for staging and production.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The keychain did not answer within %1 seconds; an unlock prompt may be waiting for an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain reported the key as removed, but it is still there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No D-Bus session bus is running, so no keyring can be reached (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Secret Service (such as GNOME Keyring or KWallet) is running. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Secret Service has no default keyring (login collection) to store keys in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key is saved in the keychain under this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the keychain was declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not delete the entry: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyringAdvice</name>
    <message>
        <source>The “%1” keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the “%1” keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is locked, and it was not unlocked when asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is locked, and no unlock prompt can appear in this session (there is no display).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock %1 in Passwords and Keys (Seahorse): select it and choose Unlock. Then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock it from this terminal: run the line below, type the keyring&apos;s password (it is not shown) and press Enter. Then try again.
    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock %1 in Passwords and Keys (Seahorse) in your desktop session; only the login keyring can be unlocked from a terminal. Then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1 in KDE Wallet Manager (kwalletmanager)%2. Then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the “%1” wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> in your desktop session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock %1 in KeePassXC%2. Then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the “%1” database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock %1 in your desktop&apos;s password manager (for example Passwords and Keys, KDE Wallet Manager or KeePassXC). Then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Unsaved request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” changed in %2 while you were editing it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the &amp;file&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save request &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import OpenAPI file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import c&amp;url…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import co&amp;llection (Postman, Insomnia, Bruno)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore the Hero catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundled Hero catalogue is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add custom environment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage &amp;keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;quest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find an &amp;endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run collection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Animate the cross-organisational flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Hero API Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Hero API Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Hero API Explorer %1&lt;/b&gt;&lt;br&gt;Explore and diagnose the Hero Health Public API.&lt;br&gt;&lt;br&gt;Keys are kept only in this computer&apos;s keychain and sent only to the environment they belong to. Built with Qt %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an OpenAPI file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAPI documents (*.json *.yaml *.yml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import OpenAPI file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the file&apos;s operations to the catalogue, or replace the catalogue with them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tab (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-org f&amp;low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect&amp;ions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>His&amp;tory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests now go to %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key is held for this session only: it is forgotten when the explorer closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hero API Explorer — PRODUCTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hero API Explorer — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collections (*.json bruno.json *.sh *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the new collection folder goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not carried over, listed under Show Details: %1. No key, secret or script is ever written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a curl command, as a browser&apos;s or Postman&apos;s “Copy as cURL” writes it. A key in it is not kept: the explorer adds the one in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now allows %2 requests per %3 s for each key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a collection folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n request(s) written into %2.</source>
        <translation>
            <numerusform>%1: %n request written into %2.</numerusform>
            <numerusform>%1: %n requests written into %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System (follow the desktop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>No such entry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkMapView</name>
    <message>
        <source>Network map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared network (name not known yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home group of the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached: answered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reachable: listed, not called yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1, no shared network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: no shared network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No practice groups seen for this key yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice groups seen with key %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, network %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home group: %1%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached: %1%2, last answer %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reachable: %1%2, listed by the API, not called yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1, last answer %2: no shared network.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenApiReader</name>
    <message>
        <source>Swagger 2.0 is not supported; convert the file to OpenAPI 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing &apos;openapi&apos; version field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported OpenAPI version &apos;%1&apos; (3.0 or 3.1 expected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing &apos;name&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a path must start with &apos;/&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an operation must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing &apos;in&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;in&apos; must be path, query, header or cookie, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schemas refer to each other too much: stopped after %L1 values of example bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schemas refer to each other too much: stopped after %1 of example bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an HTTP status code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>circular $ref &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unresolved $ref &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schemas refer to each other too much: stopped after %L1 schema nodes while resolving $refs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperationsModel</name>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostmanImport</name>
    <message>
        <source>%1 is a Postman Collection v1, which cannot be imported: open it in Postman and export it again as Collection v2.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Postman collection: it has no &quot;info&quot; object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the unknown schema &quot;%2&quot; at info.schema; Postman Collection v2.1 and v2.0 can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;item&quot; is missing or not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: folders nested deeper than %2 at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not an object (in &quot;%3&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.item is not a list (folder &quot;%3&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n saved response(s) ignored</source>
        <translation>
            <numerusform>%n saved response ignored</numerusform>
            <numerusform>%n saved responses ignored</numerusform>
        </translation>
    </message>
    <message>
        <source>item with neither a request nor items ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pre-request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body dropped (disabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the top level is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Postman environment: &quot;values&quot; is missing or not a list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PracticeGroupDirectory</name>
    <message>
        <source> (home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key&apos;s home practice group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed by the environment for this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed by the environment; network: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recently used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivateStorage</name>
    <message>
        <source>Could not make %1 private to this user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProxySignInDialog</name>
    <message>
        <source>&amp;Remember on this computer (stored in the OS keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy %1 asks you to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy refused that user name or password. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It says: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>Clear text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>A name cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name cannot contain / or \.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name cannot start with a dot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 copy %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RateLimitDetails</name>
    <message>
        <source>Rate limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limit · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 requests in the last %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per %2 s (%3 left as headroom)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the server&apos;s headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimate (no server headers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 s left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s), the next in %1 s</source>
        <translation>
            <numerusform>%n request, the next in %1 s</numerusform>
            <numerusform>%n requests, the next in %1 s</numerusform>
        </translation>
    </message>
    <message>
        <source>No requests in the last %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in the last %1 s</source>
        <translation>
            <numerusform>%n request in the last %1 s</numerusform>
            <numerusform>%n requests in the last %1 s</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hero allows %1 requests per %2 s for each key; partners can agree higher limits with Hero. The throttle keeps 5 % headroom for other clients of the same key, so with this limit it lets %3 through in any %4 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate-limit details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throttle target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaves the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit for this environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests allowed per window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to %1 / %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RateLimitGauge</name>
    <message>
        <source>Rate limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Near limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Throttling: %n queued, next in %1 s</source>
        <translation>
            <numerusform>Throttling: %n queued, next in %1 s</numerusform>
            <numerusform>Throttling: %n queued, next in %1 s</numerusform>
        </translation>
    </message>
    <message>
        <source>Server refused (429): retry at %1 (%2 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server quota used up: sends again at %1 (%2 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 requests used in the last %3 s; the throttle lets %4 through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts include what the server reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate: the server sends no rate-limit headers, so this is the app&apos;s own count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The oldest request leaves the window in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: OK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: near limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>State: throttling, %n request(s) queued; the next goes in %1 s.</source>
        <translation>
            <numerusform>State: throttling, %n request queued; the next goes in %1 s.</numerusform>
            <numerusform>State: throttling, %n requests queued; the next goes in %1 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>State: the server refused a request with 429 (too many requests); sending resumes at %1 (%2 s left).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: the server reported no requests left; sending resumes at %1 (%2 s left).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app counted only %1 of %2: another client may be using the same key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) queued.</source>
        <translation>
            <numerusform>%n request queued.</numerusform>
            <numerusform>%n requests queued.</numerusform>
        </translation>
    </message>
    <message>
        <source> · oldest leaves in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 requests in the last minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 requests in the last %n second(s)</source>
        <translation>
            <numerusform>%1 of %2 requests in the last %n second</numerusform>
            <numerusform>%1 of %2 requests in the last %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestComposer</name>
    <message>
        <source>missing “}” or comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing colon after a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing “]” or comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text ends inside a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object or an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as c&amp;url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This path has no parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/v1/path/{parameter}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the request (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the request in flight (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the request as a curl command; the key is written as &quot;$HERO_API_KEY&quot;, never its value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;opy as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the request as code; the key is read from the HERO_API_KEY environment variable, never written into it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a curl command on the clipboard as the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by the explorer when sending. The key itself is never shown, copied or stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked rows are sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Path parameters&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Query parameters&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON body (empty for none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Para&amp;meters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hea&amp;ders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the request in flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Example: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path must start with “/”, for example /v1/me.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the path parameter “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the path parameters %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The explorer sets %1 itself; remove it from the headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is not valid JSON: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The variable {{%1}} has no value: define it in the file (@%1 = …) or in http-client.env.json for this environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The variables %1 have no value: define them in the file or in http-client.env.json for this environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The explorer sets x-api-key itself; remove it from the headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is not valid JSON once its variables are filled in: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No value for {{%1}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No value for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not valid: nothing is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added on send:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required, e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick an environment first: the code needs its address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice group “%1” is not valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied as %1; set HERO_API_KEY before running it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The curl command was not loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command was for %1; the request goes to %2 (%3), as the target bar says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command acted for practice group %1; choose it in the target bar to do the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded from curl: %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded from curl; the key in it was not kept: store it in the keychain instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestRun</name>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestSession</name>
    <message>
        <source>The offline sandbox could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key&apos;s environment is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the key a home practice group, or pick one in the toolbar, to test it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key works: GET /v1/me answered %1 in %2 ms.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestTab</name>
    <message>
        <source>Send to production?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to %1 %2 came after you switched; it is in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is no longer in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request is not in a collection yet: use Save As.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a request named “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is no longer in %2; Save puts it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloaded from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That environment no longer exists; opened in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened as it was last sent, not from its collection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIVE · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2, acting for practice group %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a key for %1 first: Keys… in the toolbar (Ctrl+Shift+K).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send %1 %2 to PRODUCTION, acting for practice group %3?

This may change real practice and patient data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: production request cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server refused the request (429, too many requests): it is sent again in %n s (Cancel stops it).</source>
        <translation>
            <numerusform>The server refused the request (429, too many requests): it is sent again in %n s (Cancel stops it).</numerusform>
            <numerusform>The server refused the request (429, too many requests): it is sent again in %n s (Cancel stops it).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server reported no requests left for this key: the request goes in %n s (Cancel stops it).</source>
        <translation>
            <numerusform>The server reported no requests left for this key: the request goes in %n s (Cancel stops it).</numerusform>
            <numerusform>The server reported no requests left for this key: the request goes in %n s (Cancel stops it).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued to stay under the rate limit: sends in %n s (Cancel stops it).</source>
        <translation>
            <numerusform>Queued to stay under the rate limit: sends in %n s (Cancel stops it).</numerusform>
            <numerusform>Queued to stay under the rate limit: sends in %n s (Cancel stops it).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retrying automatically in %n s (Cancel stops it).</source>
        <translation>
            <numerusform>Retrying automatically in %n s (Cancel stops it).</numerusform>
            <numerusform>Retrying automatically in %n s (Cancel stops it).</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now acting for the key&apos;s home practice group %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check this computer&apos;s network connection, proxy settings and the environment&apos;s address (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support report copied (no key, no response body).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused, %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResponseViewer</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save body…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a request to see its response here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in response body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect, TLS handshake, first byte and total, from the start of the call; — when the stage did not happen or is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the whole body to a file (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the status line, headers and body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parsing the body… %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop parsing; the text views keep the start of the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in body (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (F3, Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected value (Ctrl+C in the tree)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the JSON path of the selected value, e.g. $.data[0].id (Ctrl+Shift+C in the tree)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body as a tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body as indented text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body as received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pretty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected value&apos;s JSON path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect %1 · TLS %2 · First byte %3 · Total %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · attempt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The explorer did not send this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No HTTP response: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the response…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is incomplete: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response has no body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A binary body of %1 (%2); save it to inspect it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pretty and Raw show the first %1 of %2. Save the body to see all of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown as text (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no content type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parsing was cancelled, so there is no tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is not valid JSON, so there is no tree: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response body to search yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searched %L1 values; press again to go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy JSON Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 ms</source>
        <extracomment>The status line and the time the call took, &quot;403 Forbidden · 11 ms&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunReport</name>
    <message>
        <source>    ✓ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    ✗ %1 (got %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    ✗ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    – skipped, not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 requests passed, %3 failed, %4 without an answer; assertions: %5 held, %6 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>; %n line(s) skipped (scripts are not run)</source>
        <translation>
            <numerusform>; %n line skipped (scripts are not run)</numerusform>
            <numerusform>; %n lines skipped (scripts are not run)</numerusform>
        </translation>
    </message>
    <message>
        <source>; cancelled, %1 not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected: %1
actual: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; stopped at the first failure, %1 not run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunnerView</name>
    <message>
        <source>✓ Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop at the first failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;JUnit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name contains…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter requests by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop at the first failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limit countdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies one line a request and the summary, without the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save JUnit report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the runner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests of the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method and path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assertions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>403 Forbidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fil&amp;ter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2, acting for practice group %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No requests to run in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No request&apos;s name contains “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run: the production run was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Run %n request(s) that change data on PRODUCTION, acting for practice group %1?

%2

This may change real practice and patient data.</source>
        <translation>
            <numerusform>Run %n request that change data on PRODUCTION, acting for practice group %1?

%2

This may change real practice and patient data.</numerusform>
            <numerusform>Run %n requests that change data on PRODUCTION, acting for practice group %1?

%2

This may change real practice and patient data.</numerusform>
        </translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>✗ %1 of %n failed</source>
        <translation>
            <numerusform>✗ %1 of %n failed</numerusform>
            <numerusform>✗ %1 of %n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✓ %n held</source>
        <translation>
            <numerusform>✓ %n held</numerusform>
            <numerusform>✓ %n held</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Queued to stay under the rate limit: next in %n s (Cancel stops the run).</source>
        <translation>
            <numerusform>Queued to stay under the rate limit: next in %n s (Cancel stops the run).</numerusform>
            <numerusform>Queued to stay under the rate limit: next in %n s (Cancel stops the run).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending again after the server&apos;s wait: next try in %n s (Cancel stops the run).</source>
        <translation>
            <numerusform>Sending again after the server&apos;s wait: next try in %n s (Cancel stops the run).</numerusform>
            <numerusform>Sending again after the server&apos;s wait: next try in %n s (Cancel stops the run).</numerusform>
        </translation>
    </message>
    <message>
        <source>The report is on the clipboard (no key in it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JUnit XML (*.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveRequestDialog</name>
    <message>
        <source>Save request to a collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written as “### name”; other requests refer to its response as {{name.field}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the collection %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the request to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP requests (*.http *.rest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name is one line and does not start with “#”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the request a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file it goes into.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No key is saved under this name; add or replace the key to enter it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock your login keychain in Keychain Access and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to Windows with your own account so Credential Manager can be used, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock your keyring (for example in Passwords and Keys, Seahorse or KWalletManager) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The macOS keychain could not be reached. Check that your login keychain exists in Keychain Access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows Credential Manager could not be reached. Check that the Credential Manager service is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install and enable a Secret Service provider such as GNOME Keyring or KWallet, make sure a desktop D-Bus session is running and that a default (login) keyring exists, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow Hero API Explorer to use the keychain item when macOS asks, or change its access in Keychain Access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows refused access to Credential Manager for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the keyring was refused. Accept the unlock prompt or check the keyring&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Whole window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menus also open with Alt and the underlined letter; Tab and Shift+Tab move between the controls.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupportReport</name>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 bytes of binary data, not shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(cut at %1 of %2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first byte %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inconclusive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hero API Explorer support report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query parameters (values left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice group sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key&apos;s home group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fingerprint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(This is a judgement from the context, not the server&apos;s words.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-organisational flow:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>403 doctor probes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Verdict: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request headers (secrets redacted):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response headers (secrets redacted):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the bodies below may contain patient data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bodies: left out (they may contain patient data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include bodies?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request and response bodies may contain patient data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include them, and the query values, only when the ticket needs them and the ticket system may hold patient data. The API key is never included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the request and response bodies and query values to the report. They may contain patient data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupportReportDialog</name>
    <message>
        <source>&amp;Copy report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the text &quot;Copy report&quot; puts on the clipboard. It holds no API key; bodies are left out unless you include them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support report text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetBar</name>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ke&amp;ys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRODUCTION — real practices and patient data. Requests other than GET ask first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment requests go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key requests are sent with (only its last 4 characters are ever shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice group the call acts for (x-practice-group-id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice group id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;nvironment </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Practice group </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (live)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key for this environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ⇄ Cross-organisational call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key belongs to %1; this call acts for %2. Hero allows it only when both practice groups share a network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Home practice group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Practice group “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More toolbar items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the practice group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (session only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePane</name>
    <message>
        <source>Welcome to Hero API Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore and diagnose the Hero Health Public API. Your API keys stay in this computer&apos;s keychain and are only ever sent to the environment they belong to.

No key yet? The offline sandbox emulates the API&apos;s rules — keys, scopes, cross-organisational networks and the rate limit — with ready-made keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a staging key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore the offline sandbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>%1 was not imported: %2. The catalogue is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n operation(s) from %1.</source>
        <translation>
            <numerusform>Imported %n operation from %1.</numerusform>
            <numerusform>Imported %n operations from %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hero-cli</name>
    <message>
        <source>Hero API Explorer on the command line.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reporter takes junit=FILE, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout takes a whole number of seconds (1-3600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use either --key-env or --key-stdin, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:
  request METHOD PATH [--query K=V]... [--header K:V]... [--data JSON|@FILE]
  request --from FILE.http[#NAME]    a request saved in a collection file, its {{variables}}
                                     from the file and the http-client.env.json beside it
  run PATH... [--bail] [--filter NAME] [--reporter junit=FILE] [--json]
                                     run the requests of .http files and folders in order,
                                     checking their &quot;??&quot; assertions
  diagnose METHOD PATH [--data ...]   explain a refusal with safe GET probes
  keys list | add --env E [--label L] | remove --env E [--label L] | test --env E
  endpoints [--spec FILE] [--tag TAG]  one operation a line: METHOD PATH  summary
  import FILE --to DIR [--env-file FILE]  a Postman (v2.1/v2.0) or Insomnia (v4) collection,
                                      a Bruno folder or a file of curl commands, as a new
                                      .http collection folder;
                                      prints what was dropped

Exit codes: 0 a 2xx answer (run: every assertion held); 1 usage error; 2 an HTTP error answer
(run: an assertion or a request failed); 3 transport or TLS failure (run: a request got no
answer); 4 refused before sending; 5 keychain error; 6 the keyring holding the key is locked
(unlock it as the message says, then run again). import: 0 written, 1 nothing written (the
file is broken or of another version, or DIR is not empty).</source>
        <extracomment>The commands, their options and the exit codes of hero-cli --help. Keep the command and option names (request, --from, …) as they are, and the columns aligned.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staging, production, portal-mock, sandbox (default) or custom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL (custom, or a running sandbox).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice group to act for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this extra CA for the environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the API key from this environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the API key from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer timeout (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never retry automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm a non-GET request to production (otherwise refused).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A query parameter (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An extra header (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the request of that name saved in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run: stop at the first failed request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run: only requests whose name contains NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run: also write a JUnit XML report to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An OpenAPI 3 file (JSON or YAML).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only operations with this tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key&apos;s label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: the new collection folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: a Postman environment export to add.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Explore and diagnose the Hero Health Public API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit after MS milliseconds (smoke tests).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start on this environment (staging, sandbox, …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password for the proxy %1 is kept for this session only: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings or history may be readable by others: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
