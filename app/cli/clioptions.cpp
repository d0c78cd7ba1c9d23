// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "clioptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace {

//: The commands, their options and the exit codes of hero-cli --help. Keep the command and
//: option names (request, --from, …) as they are, and the columns aligned.
const char *const Usage = QT_TRANSLATE_NOOP("hero-cli", R"(Commands:
  request METHOD PATH [--query K=V]... [--header K:V]... [--data JSON|@FILE]
  request --from FILE.http[#NAME]    a request saved in a collection file, its {{variables}}
                                     from the file and the http-client.env.json beside it
  run PATH... [--bail] [--filter NAME] [--reporter junit=FILE] [--json]
                                     run the requests of .http files and folders in order,
                                     checking their "??" assertions
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
file is broken or of another version, or DIR is not empty).)");

} // namespace

bool parseCliOptions(const QStringList &arguments, CliOptions *options, QString *error,
                     QString *helpText, bool *exitNow)
{
    *exitNow = false;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("hero-cli", "Hero API Explorer on the command line.\n\n")
        + QCoreApplication::translate("hero-cli", Usage));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("hero-cli", "Show this help."));
    const QCommandLineOption version(QStringLiteral("version"),
                                     QCoreApplication::translate("hero-cli", "Show the version."));
    const auto valued = [](const char *name, const char *value, const char *description) {
        return QCommandLineOption(QString::fromLatin1(name),
                                  QCoreApplication::translate("hero-cli", description),
                                  QString::fromLatin1(value));
    };
    const auto flag = [](const char *name, const char *description) {
        return QCommandLineOption(QString::fromLatin1(name),
                                  QCoreApplication::translate("hero-cli", description));
    };
    const QCommandLineOption env =
        valued("env", "ENV",
               QT_TRANSLATE_NOOP("hero-cli",
                                 "staging, production, portal-mock, sandbox (default) or custom."));
    const QCommandLineOption baseUrl =
        valued("base-url", "URL",
               QT_TRANSLATE_NOOP("hero-cli", "Base URL (custom, or a running sandbox)."));
    const QCommandLineOption group = valued(
        "practice-group", "ID", QT_TRANSLATE_NOOP("hero-cli", "The practice group to act for."));
    const QCommandLineOption caFile =
        valued("ca-file", "PEM",
               QT_TRANSLATE_NOOP("hero-cli", "Trust this extra CA for the environment."));
    const QCommandLineOption keyEnv =
        valued("key-env", "VAR",
               QT_TRANSLATE_NOOP("hero-cli", "Read the API key from this environment variable."));
    const QCommandLineOption keyStdin =
        flag("key-stdin", QT_TRANSLATE_NOOP("hero-cli", "Read the API key from standard input."));
    const QCommandLineOption timeout = valued(
        "timeout", "SECONDS", QT_TRANSLATE_NOOP("hero-cli", "Transfer timeout (default 30)."));
    const QCommandLineOption noRetry =
        flag("no-retry", QT_TRANSLATE_NOOP("hero-cli", "Never retry automatically."));
    const QCommandLineOption json =
        flag("json", QT_TRANSLATE_NOOP("hero-cli", "Print one JSON object."));
    const QCommandLineOption confirm =
        flag("confirm-production",
             QT_TRANSLATE_NOOP("hero-cli",
                               "Confirm a non-GET request to production (otherwise refused)."));
    const QCommandLineOption query =
        valued("query", "K=V", QT_TRANSLATE_NOOP("hero-cli", "A query parameter (repeatable)."));
    const QCommandLineOption header =
        valued("header", "K:V", QT_TRANSLATE_NOOP("hero-cli", "An extra header (repeatable)."));
    const QCommandLineOption data =
        valued("data", "JSON|@FILE", QT_TRANSLATE_NOOP("hero-cli", "The request body."));
    const QCommandLineOption from =
        valued("from", "FILE.http[#NAME]",
               QT_TRANSLATE_NOOP("hero-cli", "Send the request of that name saved in the file."));
    const QCommandLineOption bail =
        flag("bail", QT_TRANSLATE_NOOP("hero-cli", "run: stop at the first failed request."));
    const QCommandLineOption filter =
        valued("filter", "NAME",
               QT_TRANSLATE_NOOP("hero-cli", "run: only requests whose name contains NAME."));
    const QCommandLineOption reporter =
        valued("reporter", "junit=FILE",
               QT_TRANSLATE_NOOP("hero-cli", "run: also write a JUnit XML report to FILE."));
    const QCommandLineOption spec =
        valued("spec", "FILE", QT_TRANSLATE_NOOP("hero-cli", "An OpenAPI 3 file (JSON or YAML)."));
    const QCommandLineOption tag =
        valued("tag", "TAG", QT_TRANSLATE_NOOP("hero-cli", "Only operations with this tag."));
    const QCommandLineOption label =
        valued("label", "LABEL", QT_TRANSLATE_NOOP("hero-cli", "The key's label."));
    const QCommandLineOption to =
        valued("to", "DIR", QT_TRANSLATE_NOOP("hero-cli", "import: the new collection folder."));
    const QCommandLineOption envFile =
        valued("env-file", "FILE",
               QT_TRANSLATE_NOOP("hero-cli", "import: a Postman environment export to add."));
    parser.addOptions({help,    version, env,      baseUrl, group, caFile, keyEnv, keyStdin,
                       timeout, noRetry, json,     confirm, query, header, data,   from,
                       bail,    filter,  reporter, spec,    tag,   label,  to,     envFile});
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QCoreApplication::translate("hero-cli", "The command."));

    *helpText = parser.helpText();
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return false;
    }
    if (parser.isSet(help)) {
        *exitNow = true;
        return true;
    }
    if (parser.isSet(version)) {
        *helpText = QStringLiteral("hero-cli " HERO_VERSION "\n");
        *exitNow = true;
        return true;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        *error = QCoreApplication::translate("hero-cli", "No command given.");
        return false;
    }
    options->command = positional.first();
    options->arguments = positional.mid(1);
    if (parser.isSet(env))
        options->env = parser.value(env);
    options->baseUrl = parser.value(baseUrl);
    options->practiceGroup = parser.value(group);
    options->caFile = parser.value(caFile);
    options->keyEnv = parser.value(keyEnv);
    options->keyStdin = parser.isSet(keyStdin);
    options->noRetry = parser.isSet(noRetry);
    options->json = parser.isSet(json);
    options->confirmProduction = parser.isSet(confirm);
    options->queries = parser.values(query);
    options->headers = parser.values(header);
    options->data = parser.value(data);
    options->from = parser.value(from);
    options->bail = parser.isSet(bail);
    options->filter = parser.value(filter);
    if (parser.isSet(reporter)) {
        const QString value = parser.value(reporter);
        if (!value.startsWith(QStringLiteral("junit=")) || value.size() <= 6) {
            *error =
                QCoreApplication::translate("hero-cli", "--reporter takes junit=FILE, got \"%1\".")
                    .arg(value);
            return false;
        }
        options->junitFile = value.mid(6);
    }
    options->spec = parser.value(spec);
    options->tag = parser.value(tag);
    options->label = parser.value(label);
    options->importTo = parser.value(to);
    options->importEnvironmentFile = parser.value(envFile);
    if (parser.isSet(timeout)) {
        bool ok = false;
        options->timeoutSeconds = parser.value(timeout).toInt(&ok);
        if (!ok || options->timeoutSeconds <= 0 || options->timeoutSeconds > 3600) {
            *error = QCoreApplication::translate(
                "hero-cli", "--timeout takes a whole number of seconds (1-3600).");
            return false;
        }
    }
    if (!options->keyEnv.isEmpty() && options->keyStdin) {
        *error = QCoreApplication::translate("hero-cli",
                                             "Use either --key-env or --key-stdin, not both.");
        return false;
    }
    return true;
}
