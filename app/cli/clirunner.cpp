// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "clirunner.h"

#include "catalogue/catalogue.h"
#include "collections/collectionimport.h"
#include "collections/collectionvariables.h"
#include "collections/httpfile.h"
#include "collections/httpfilestore.h"
#include "diagnosis/doctor.h"
#include "environments/environmentsettings.h"
#include "explorer/explorerparts.h"
#include "http/headernames.h"
#include "http/headervalidation.h"
#include "http/proxyfactory.h"
#include "http/reasonphrase.h"
#include "keys/keychainsecretstore.h"
#include "keys/keyjob.h"
#include "keys/keyprofilestore.h"
#include "keys/keyring.h"
#include "proxy/proxyauthenticator.h"
#include "ratelimit/ratelimiter.h"
#include "sandboxserver.h"
#include "session/collectionrun.h"
#include "session/doctorsender.h"
#include "session/runreport.h"
#include "storage/privatestorage.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSaveFile>
#include <QSettings>

namespace {

// The fixture's all-scopes key: the sandbox is explorable with no key of one's own.
const QByteArray SandboxDefaultKey = QByteArrayLiteral("hero_sbx_full_7Q2mX9");
const QString SandboxDefaultGroup = QStringLiteral("1001");

bool isKeyRefusal(Refusal refusal)
{
    return refusal == Refusal::KeyUnavailable || refusal == Refusal::KeychainLocked;
}

int exitCodeFor(const Exchange &exchange)
{
    if (exchange.refusal == Refusal::KeychainLocked)
        return ExitKeychainLocked;
    if (exchange.refusal == Refusal::KeyUnavailable)
        return ExitKeychain;
    if (!exchange.wasSent())
        return ExitRefused;
    if (exchange.transportError != TransportError::None)
        return ExitTransport;
    return exchange.isSuccess() ? ExitOk : ExitHttpError;
}

QJsonValue bodyAsJson(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError && !document.isNull())
        return document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
    return QJsonValue(QString::fromUtf8(body));
}

QJsonObject diagnosisJson(const Diagnosis &diagnosis)
{
    return {{QStringLiteral("code"), diagnosisCodeId(diagnosis.code)},
            {QStringLiteral("title"), diagnosis.title},
            {QStringLiteral("cause"), diagnosis.cause},
            {QStringLiteral("next_step"),
             diagnosis.nextSteps.isEmpty() ? QString() : diagnosis.nextSteps.first().text},
            {QStringLiteral("judgement"), diagnosis.isJudgement}};
}

// Waits for a KeyJob's one report.
void waitFor(KeyJob *job)
{
    QEventLoop loop;
    QObject::connect(job, &KeyJob::finished, &loop, &QEventLoop::quit);
    loop.exec();
}

int exitCodeFor(const KeyJob *job)
{
    switch (job->error()) {
    case KeyJob::Error::None:
        return ExitOk;
    case KeyJob::Error::InvalidInput:
    case KeyJob::Error::UnknownProfile:
        return ExitUsage;
    case KeyJob::Error::Keychain:
        break;
    }
    return job->keychainResult().status == SecretResult::Locked ? ExitKeychainLocked : ExitKeychain;
}

} // namespace

CliRunner::CliRunner(const CliOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_out(stdout)
    , m_err(stderr)
{
}

CliRunner::~CliRunner() = default;

int CliRunner::run()
{
    const QString &command = m_options.command;
    if (command == u"request")
        return runRequest();
    if (command == u"endpoints")
        return runEndpoints();
    if (command == u"keys")
        return runKeys();
    if (command == u"diagnose")
        return runDiagnose();
    if (command == u"run")
        return runCollection();
    if (command == u"import")
        return runImport();
    return fail(ExitUsage, tr("Unknown command \"%1\". Try hero-cli --help.").arg(command));
}

// Needs no environment, key or network: a file in, a folder out, and what was left behind.
int CliRunner::runImport()
{
    if (m_options.arguments.size() != 1 || m_options.importTo.isEmpty())
        return fail(ExitUsage, tr("Usage: hero-cli import FILE --to DIR [--env-file FILE]"));
    const ImportSummary summary = importCollection(m_options.arguments.first(), m_options.importTo,
                                                   m_options.importEnvironmentFile);
    if (!summary.ok())
        return fail(ExitUsage, summary.error);
    if (m_options.json) {
        QJsonArray dropped;
        for (const ImportNotice &notice : summary.notices)
            dropped.append(QJsonObject{{QStringLiteral("where"), notice.where},
                                       {QStringLiteral("what"), notice.what}});
        const QJsonObject result{
            {QStringLiteral("format"), summary.format},
            {QStringLiteral("requests"), summary.requests},
            {QStringLiteral("files"), QJsonArray::fromStringList(summary.files)},
            {QStringLiteral("dropped"), dropped}};
        m_out << QJsonDocument(result).toJson(QJsonDocument::Compact) << Qt::endl;
        return ExitOk;
    }
    m_out << tr("Imported %n request(s) from %1 into %2 (%3 files).", nullptr, summary.requests)
                 .arg(summary.format, m_options.importTo)
                 .arg(summary.files.size())
          << Qt::endl;
    if (!summary.notices.isEmpty())
        m_out << tr("Dropped or ignored:") << Qt::endl;
    for (const ImportNotice &notice : summary.notices)
        m_out << "  " << notice.text() << Qt::endl;
    return ExitOk;
}

int CliRunner::fail(int code, const QString &message)
{
    if (m_options.json) {
        const QJsonObject error{{QStringLiteral("error"), message},
                                {QStringLiteral("exit_code"), code}};
        m_out << QJsonDocument(error).toJson(QJsonDocument::Compact) << Qt::endl;
    }
    m_err << "hero-cli: " << message << Qt::endl;
    return code;
}

QSettings *CliRunner::settings()
{
    if (!m_settings) {
        m_settings = std::make_unique<QSettings>();
        // The explorer's settings file: owner-only before `keys add` writes to it.
        QString error;
        if (!makeSettingsPrivate(*m_settings, &error))
            m_err << "hero-cli: " << error << Qt::endl;
    }
    return m_settings.get();
}

ExplorerParts *CliRunner::parts()
{
    if (!m_parts) {
        m_keychain = std::make_unique<KeychainSecretStore>();
        ExplorerParts::Options options;
        options.rememberProxySignIn = false;
        m_parts = std::make_unique<ExplorerParts>(settings(), m_keychain.get(),
                                                  new ExplorerProxyFactory, options);
    }
    return m_parts.get();
}

KeyRing *CliRunner::keyRing()
{
    return &parts()->keys;
}

bool CliRunner::lookUpEnvironment(Environment *environment, int *exitCode)
{
    // The explorer's list, so "custom-1" means the same origin (and keys) in both tools.
    const QList<Environment> environments = loadEnvironments(settings());
    for (const Environment &candidate : environments) {
        if (candidate.id == m_options.env) {
            *environment = candidate;
            return true;
        }
    }
    if (m_options.env == u"custom") {
        *environment = builtInEnvironment(EnvironmentKind::Custom);
        return true;
    }
    QStringList ids;
    for (const Environment &candidate : environments)
        ids << candidate.id;
    *exitCode = fail(ExitUsage,
                     tr("Unknown environment \"%1\"; use %2, or custom with --base-url.")
                         .arg(m_options.env, ids.join(QStringLiteral(", "))));
    return false;
}

bool CliRunner::resolveEnvironment(Environment *environment, int *exitCode)
{
    if (!lookUpEnvironment(environment, exitCode))
        return false;
    const EnvironmentKind kind = environment->kind;
    if (!m_options.baseUrl.isEmpty()) {
        environment->baseUrl = QUrl(m_options.baseUrl);
    } else if (kind == EnvironmentKind::Sandbox) {
        m_sandbox = std::make_unique<SandboxServer>();
        QString error;
        if (!m_sandbox->start(SandboxOptions(), &error)) {
            *exitCode =
                fail(ExitTransport, tr("The in-process sandbox did not start: %1").arg(error));
            return false;
        }
        environment->baseUrl = m_sandbox->baseUrl();
    } else if (kind == EnvironmentKind::Custom && environment->baseUrl.isEmpty()) {
        *exitCode = fail(ExitUsage, tr("--env custom needs --base-url."));
        return false;
    }
    if (const QString problem = baseUrlProblem(environment->baseUrl); !problem.isEmpty()) {
        *exitCode = fail(ExitRefused, problem);
        return false;
    }
    if (!m_options.caFile.isEmpty())
        environment->caFile = m_options.caFile;
    environment->timeoutMs = m_options.timeoutSeconds * 1000;
    return true;
}

bool CliRunner::findProfile(const QString &environmentId, KeyProfile *profile, int *exitCode)
{
    KeyProfileStore *profiles = keyRing()->profiles();
    const QList<KeyProfile> candidates = profiles->profilesFor(environmentId);
    for (const KeyProfile &candidate : candidates) {
        if (m_options.label.isEmpty() ? candidate.isDefault : candidate.label == m_options.label) {
            *profile = candidate;
            return true;
        }
    }
    *exitCode = fail(
        ExitKeychain,
        m_options.label.isEmpty()
            ? tr("No key is saved for %1. Add one with: hero-cli --env %1 keys "
                 "add --label NAME < key.txt, or pass --key-env VAR.")
                  .arg(environmentId)
            : tr("No key labelled \"%1\" is saved for %2.").arg(m_options.label, environmentId));
    return false;
}

bool CliRunner::resolveTarget(const Environment &environment, RunTarget *target, int *exitCode)
{
    target->environment = environment;
    target->retries = !m_options.noRetry;
    if (!m_options.keyEnv.isEmpty()) {
        target->secret = qgetenv(m_options.keyEnv.toLocal8Bit().constData());
        if (target->secret.isEmpty()) {
            *exitCode =
                fail(ExitUsage,
                     tr("The environment variable %1 is empty or not set.").arg(m_options.keyEnv));
            return false;
        }
    } else if (m_options.keyStdin) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            *exitCode = fail(ExitUsage, tr("Standard input could not be read."));
            return false;
        }
        target->secret = in.readLine().trimmed();
    } else if (environment.kind == EnvironmentKind::Sandbox && m_options.label.isEmpty()) {
        target->secret = SandboxDefaultKey;
    } else {
        if (!findProfile(environment.id, &m_profile, exitCode))
            return false;
        target->keyProfileId = m_profile.id;
    }
    // A saved request that names its group acts for it.
    target->practiceGroup =
        m_requestPracticeGroup.isEmpty() ? m_options.practiceGroup : m_requestPracticeGroup;
    if (target->practiceGroup.isEmpty())
        target->practiceGroup = m_profile.homePracticeGroup;
    if (target->practiceGroup.isEmpty() && target->secret == SandboxDefaultKey)
        target->practiceGroup = SandboxDefaultGroup;
    if (target->practiceGroup.isEmpty()) {
        *exitCode = fail(ExitUsage, tr("--practice-group ID is required."));
        return false;
    }
    return true;
}

bool CliRunner::buildRequest(ApiRequest *request, int *exitCode)
{
    if (m_options.arguments.size() != 2) {
        *exitCode = fail(ExitUsage, tr("%1 takes METHOD PATH.").arg(m_options.command));
        return false;
    }
    request->method = m_options.arguments.at(0).toUpper().toLatin1();
    request->path = m_options.arguments.at(1);
    request->confirmedForProduction = m_options.confirmProduction;
    for (const QString &item : qAsConst(m_options.queries)) {
        const qsizetype equals = item.indexOf(u'=');
        if (equals <= 0) {
            *exitCode = fail(ExitUsage, tr("--query takes K=V, got \"%1\".").arg(item));
            return false;
        }
        request->query.append({item.left(equals), item.mid(equals + 1)});
    }
    for (const QString &item : qAsConst(m_options.headers)) {
        const qsizetype colon = item.indexOf(u':');
        if (colon <= 0) {
            *exitCode = fail(ExitUsage, tr("--header takes K:V, got \"%1\".").arg(item));
            return false;
        }
        request->extraHeaders.append(
            {item.left(colon).trimmed().toUtf8(), item.mid(colon + 1).trimmed().toUtf8()});
    }
    if (m_options.data.startsWith(u'@')) {
        QFile file(m_options.data.mid(1));
        if (!file.open(QIODevice::ReadOnly)) {
            *exitCode =
                fail(ExitUsage, tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()));
            return false;
        }
        request->body = file.readAll();
    } else {
        request->body = m_options.data.toUtf8();
    }
    if (!request->body.isEmpty()) {
        QJsonParseError error;
        QJsonDocument::fromJson(request->body, &error);
        if (error.error != QJsonParseError::NoError) {
            *exitCode = fail(ExitUsage,
                             tr("--data is not valid JSON: %1 at offset %2.")
                                 .arg(error.errorString())
                                 .arg(error.offset));
            return false;
        }
    }
    return true;
}

Exchange CliRunner::sendAndWait(const RunTarget &target, const ApiRequest &request,
                                QString *rateKey)
{
    Exchange result;
    QEventLoop loop;
    const QUrl url = ApiClient::urlFor(target.environment, request);
    const QMetaObject::Connection signInFailed =
        connect(&parts()->proxyAuth, &ProxyAuthenticator::signInFailed, this,
                [this, url](const QString &proxy, bool refused) {
                    explainProxySignIn(url, proxy, refused);
                });
    RequestRun *run = m_parts->runner.start(target, request);
    connect(run, &RequestRun::stageChanged, this,
            [this](RequestRun::Stage stage, std::chrono::milliseconds wait) {
                if (stage == RequestRun::Stage::WaitingToRetry
                    || stage == RequestRun::Stage::Queued)
                    m_err << "hero-cli: "
                          << (stage == RequestRun::Stage::Queued ? tr("queued by the rate limit")
                                                                 : tr("retrying"))
                          << tr(", waiting %1 ms").arg(wait.count()) << Qt::endl;
            });
    connect(run, &RequestRun::finished, &loop, [&loop, &result, run, rateKey](const Exchange &e) {
        result = e;
        if (rateKey)
            *rateKey = run->rateKey();
        loop.quit();
    });
    loop.exec();
    disconnect(signInFailed);
    return result;
}

const Catalogue &CliRunner::bundledCatalogue()
{
    if (!m_bundledCatalogue)
        m_bundledCatalogue = std::make_unique<Catalogue>(Catalogue::bundled());
    return *m_bundledCatalogue;
}

void CliRunner::explainProxySignIn(const QUrl &url, const QString &proxy, bool credentialsRefused)
{
    // Qt reads https_proxy for https and falls back to http_proxy. The variable's value holds
    // the password: it is named, never printed.
    const QString variable = url.scheme() == u"https" && !qEnvironmentVariableIsEmpty("https_proxy")
        ? QStringLiteral("https_proxy")
        : QStringLiteral("http_proxy");
    if (credentialsRefused)
        m_err << "hero-cli: "
              << tr("The proxy %1 refused the user name and password in %2. Check them; "
                    "characters such as @ or : in them must be percent-encoded.")
                     .arg(proxy, variable)
              << Qt::endl;
    else
        m_err << "hero-cli: "
              << tr("The proxy %1 asks for a user name and password. Put them in its URL: "
                    "%2=http://USER:PASSWORD@%1")
                     .arg(proxy, variable)
              << Qt::endl;
}

DiagnosisContext CliRunner::diagnosisContext(const RunTarget &target, const ApiRequest &request)
{
    DiagnosisContext context;
    context.environment = target.environment;
    context.keyLabel = m_profile.label;
    context.keyFingerprint = m_profile.redacted();
    context.homePracticeGroup = m_profile.homePracticeGroup;
    if (target.secret == SandboxDefaultKey)
        context.homePracticeGroup = SandboxDefaultGroup;
    // Parsing the bundled catalogue costs more than a whole 2xx run; only a 403 needs it.
    context.requiredScopeLookup = [this, method = QString::fromLatin1(request.method),
                                   path = request.path] {
        const Operation *operation = bundledCatalogue().find(method, path);
        return operation ? operation->requiredScope : QString();
    };
    return context;
}

Diagnosis CliRunner::diagnoseForCli(const Exchange &exchange, const RunTarget &target,
                                    const ApiRequest &request)
{
    const DiagnosisContext context = diagnosisContext(target, request);
    Diagnosis diagnosis = diagnose(exchange, context);
    const QString env = target.environment.id.isEmpty() ? m_options.env : target.environment.id;
    const QString call = QString::fromLatin1(request.method) + u' ' + request.path;
    QList<NextStep> steps;
    for (const NextStep &step : std::as_const(diagnosis.nextSteps)) {
        QString text = step.text;
        switch (step.action) {
        case NextStep::OpenKeyManager:
            text = tr("Check the key: hero-cli --env %1 keys list, then keys test or keys add")
                       .arg(env);
            break;
        case NextStep::SwitchToHomeGroup:
            text = context.homePracticeGroup.isEmpty()
                ? tr("Act for the key's home practice group: --practice-group ID")
                : tr("Act for the key's home practice group: --practice-group %1")
                      .arg(context.homePracticeGroup);
            break;
        case NextStep::ShowRateLimit:
            text = tr("Send fewer requests: %1 allows %2 per %3 s for each key (--json prints "
                      "\"rate\")")
                       .arg(target.environment.name)
                       .arg(target.environment.rateLimit)
                       .arg(target.environment.rateWindowSeconds);
            break;
        case NextStep::RetryAfterWait:
            text = diagnosis.retryAfterSeconds >= 0
                ? tr("Run the command again in %1").arg(retryAfterText(diagnosis.retryAfterSeconds))
                : tr("Run the command again later");
            break;
        case NextStep::RunDoctor:
            text = tr("Find the rule that refused it: hero-cli diagnose %1").arg(call);
            break;
        case NextStep::CopyReport:
            text = tr("Add --json for the whole answer to paste into a support ticket (it never "
                      "holds the key)");
            break;
        case NextStep::CheckNetwork:
            text = tr("Check the network connection, the proxy (https_proxy, no_proxy) and the "
                      "address (%1)")
                       .arg(target.environment.origin());
            break;
        case NextStep::ReadKeyAgain:
            text = tr("Run the command again once the keyring is unlocked");
            break;
        case NextStep::EditRequest:
            if (exchange.refusal == Refusal::ProductionGuard)
                text = tr("Add --confirm-production to send %1 to production").arg(call);
            break;
        case NextStep::None:
            break;
        }
        steps.append({step.action, text});
    }
    diagnosis.nextSteps = steps;
    if (!exchange.wasSent() && exchange.refusal != Refusal::KeychainLocked)
        diagnosis.title = tr("Not sent: hero-cli refused the request");
    return diagnosis;
}

bool CliRunner::buildRequestFromFile(const Environment &environment, ApiRequest *request,
                                     int *exitCode)
{
    const auto usage = [this, exitCode](const QString &message) {
        *exitCode = fail(ExitUsage, message);
        return false;
    };
    if (!m_options.arguments.isEmpty() || !m_options.queries.isEmpty()
        || !m_options.headers.isEmpty() || !m_options.data.isEmpty())
        return usage(tr("--from takes the whole request from the file; give no METHOD PATH, "
                        "--query, --header or --data with it."));
    QString path = m_options.from;
    QString name;
    const qsizetype hash = path.lastIndexOf(u'#');
    if (hash > 0 && !QFileInfo::exists(path)) {
        name = path.mid(hash + 1);
        path.truncate(hash);
    }
    HttpFile httpFile;
    if (QString error; !readHttpFile(path, &httpFile, &error))
        return usage(error);
    for (const HttpFileNotice &notice : httpFile.ignored())
        m_err << "hero-cli: " << path << ':' << notice.line << ": " << notice.text << Qt::endl;
    QStringList names;
    for (const HttpFileRequest &entry : httpFile.requests())
        names.append(entry.request.name.isEmpty() ? tr("(unnamed)") : entry.request.name);
    int index = name.isEmpty() && httpFile.requests().size() == 1 ? 0 : httpFile.indexOf(name);
    if (index < 0 && name.isEmpty())
        return usage(tr("%1 holds %2 requests; name one with %1#NAME: %3")
                         .arg(path)
                         .arg(httpFile.requests().size())
                         .arg(names.join(QStringLiteral(", "))));
    if (index < 0)
        return usage(tr("%1 has no request named \"%2\"; it has: %3")
                         .arg(path, name, names.join(QStringLiteral(", "))));

    QString error;
    const VariableScope scope = variableScopeFor(path, httpFile, environment, &error);
    if (!error.isEmpty())
        return usage(error);

    const ResolvedHttpRequest resolved =
        resolveHttpRequest(httpFile.requests().at(index).request, scope, environment);
    if (!resolved.unresolved.isEmpty())
        return usage(tr("%1 (environment \"%2\" of the nearest %3, or an @variable of the "
                        "file).")
                         .arg(resolved.problem, m_options.env,
                              QLatin1String(CollectionEnvironments::FileName)));
    if (!resolved.problem.isEmpty()) {
        *exitCode = fail(ExitRefused, resolved.problem);
        return false;
    }
    *request = resolved.request;
    request->confirmedForProduction = m_options.confirmProduction;
    m_requestPracticeGroup = resolved.practiceGroup;
    return true;
}

bool CliRunner::prepare(Environment *environment, RunTarget *target, ApiRequest *request,
                        int *exitCode)
{
    if (!m_options.from.isEmpty())
        return resolveEnvironment(environment, exitCode)
            && buildRequestFromFile(*environment, request, exitCode)
            && resolveTarget(*environment, target, exitCode);
    return buildRequest(request, exitCode) && resolveEnvironment(environment, exitCode)
        && resolveTarget(*environment, target, exitCode);
}

int CliRunner::runRequest()
{
    int exitCode = ExitOk;
    Environment environment;
    RunTarget target;
    ApiRequest request;
    if (!prepare(&environment, &target, &request, &exitCode))
        return exitCode;
    QString rateKey;
    const Exchange exchange = sendAndWait(target, request, &rateKey);
    return report(exchange, diagnoseForCli(exchange, target, request), rateKey);
}

int CliRunner::report(const Exchange &exchange, const Diagnosis &diagnosis, const QString &rateKey)
{
    const int code = exitCodeFor(exchange);
    if (m_options.json) {
        QJsonObject headers;
        for (const auto &header : exchange.headers)
            headers.insert(QString::fromLatin1(header.first).toLower(),
                           QString::fromLatin1(header.second));
        QJsonObject rate;
        if (m_parts && !rateKey.isEmpty()) {
            const RateGaugeState state = m_parts->limiter.gaugeState(rateKey);
            rate = {{QStringLiteral("used"), state.used},
                    {QStringLiteral("limit"), state.limit},
                    {QStringLiteral("window_s"), qint64(state.window.count())},
                    {QStringLiteral("retry_after_s"),
                     diagnosis.retryAfterSeconds >= 0 ? QJsonValue(diagnosis.retryAfterSeconds)
                                                      : QJsonValue()},
                    {QStringLiteral("estimate"), !state.fromServer}};
        }
        QJsonObject object{
            {QStringLiteral("status"), exchange.status},
            {QStringLiteral("headers"), headers},
            {QStringLiteral("body"), bodyAsJson(exchange.body)},
            {QStringLiteral("elapsed_ms"), exchange.timings.totalMs},
            {QStringLiteral("attempts"), exchange.attempt},
            {QStringLiteral("key"), QString::fromUtf8(exchange.requestHeader(HeaderName::ApiKey))},
            {QStringLiteral("diagnosis"), diagnosisJson(diagnosis)},
            {QStringLiteral("rate"), rate},
            {QStringLiteral("exit_code"), code},
        };
        m_out << QJsonDocument(object).toJson(QJsonDocument::Indented);
        m_out.flush();
        return code;
    }
    if (!exchange.hasHttpResponse() || !diagnosis.isOk()) {
        m_err << "hero-cli: " << diagnosis.title << Qt::endl;
        if (!diagnosis.cause.isEmpty())
            m_err << "  " << diagnosis.cause << Qt::endl;
        for (const NextStep &step : diagnosis.nextSteps)
            m_err << "  → " << step.text << Qt::endl;
    }
    if (!exchange.hasHttpResponse())
        return code;
    m_err << "HTTP " << statusLineText(exchange.status, exchange.reason) << "  ("
          << exchange.timings.totalMs << " ms)" << Qt::endl;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(exchange.body, &error);
    if (error.error == QJsonParseError::NoError)
        m_out << document.toJson(QJsonDocument::Indented);
    else
        m_out << QString::fromUtf8(exchange.body) << Qt::endl;
    m_out.flush();
    return code;
}

int CliRunner::runCollection()
{
    if (m_options.arguments.isEmpty())
        return fail(ExitUsage, tr("run takes one or more .http files or folders."));
    QStringList errors;
    const QList<RunItem> items = collectRunItems(m_options.arguments, m_options.filter, &errors);
    for (const QString &error : std::as_const(errors))
        m_err << "hero-cli: " << error << Qt::endl;
    if (items.isEmpty())
        return fail(ExitUsage,
                    m_options.filter.isEmpty()
                        ? tr("No requests to run in %1.").arg(m_options.arguments.join(u' '))
                        : tr("No request's name contains \"%1\".").arg(m_options.filter));
    int exitCode = ExitOk;
    Environment environment;
    CollectionRun::Options options;
    if (!resolveEnvironment(&environment, &exitCode)
        || !resolveTarget(environment, &options.target, &exitCode))
        return exitCode;
    QString error;
    options.environmentVariables =
        environmentVariablesFor(items.first().filePath, environment, &error);
    if (!error.isEmpty())
        return fail(ExitUsage, error);
    options.bail = m_options.bail;
    options.confirmedForProduction = m_options.confirmProduction;
    if (environment.isProduction() && !m_options.confirmProduction) {
        for (const RunItem &item : items) {
            const QString method = item.request.method.toUpper();
            if (method != u"GET" && method != u"HEAD")
                return fail(ExitRefused,
                            tr("%1 sends %2 to production: add --confirm-production to run it.")
                                .arg(item.title(), method));
        }
    }

    CollectionRun run(&parts()->runner, items, options);
    QEventLoop loop;
    connect(&run, &CollectionRun::stageChanged, this,
            [this](RequestRun::Stage stage, std::chrono::milliseconds wait) {
                if (stage == RequestRun::Stage::Queued)
                    m_err << "hero-cli: "
                          << tr("queued by the rate limit, waiting %1 ms").arg(wait.count())
                          << Qt::endl;
            });
    connect(&run, &CollectionRun::itemFinished, this,
            [this, &run](int index, const RunItemResult &result) {
                if (!m_options.json)
                    m_out << runItemText(run.items().at(index), result) << Qt::endl;
            });
    connect(&run, &CollectionRun::finished, &loop, &QEventLoop::quit);
    run.start();
    if (run.isRunning())
        loop.exec();
    const RunSummary summary = run.summary();
    if (m_options.json)
        m_out << QJsonDocument(jsonReport(run.items(), run.results(), summary))
                     .toJson(QJsonDocument::Indented);
    else
        m_out << runSummaryText(summary) << Qt::endl;
    m_out.flush();
    if (!m_options.junitFile.isEmpty()) {
        QSaveFile report(m_options.junitFile);
        const QByteArray xml = junitReport(run.items(), run.results(), summary);
        if (!report.open(QIODevice::WriteOnly) || report.write(xml) != xml.size()
            || !report.commit())
            m_err << "hero-cli: "
                  << tr("Cannot write %1: %2").arg(m_options.junitFile, report.errorString())
                  << Qt::endl;
    }
    if (summary.failed > 0)
        return ExitHttpError;
    if (summary.errors > 0) {
        // No answer at all: the keychain's, the guard's or the network's reason, as for request.
        for (const RunItemResult &result : run.results()) {
            if (result.outcome == RunItemResult::Outcome::Error)
                return exitCodeFor(result.exchange);
        }
    }
    return ExitOk;
}

int CliRunner::runEndpoints()
{
    Catalogue catalogue;
    if (m_options.spec.isEmpty()) {
        catalogue = bundledCatalogue();
    } else {
        const CatalogueLoadResult loaded = Catalogue::loadFile(m_options.spec);
        if (!loaded.ok())
            return fail(ExitUsage, tr("%1: %2").arg(m_options.spec, loaded.error));
        catalogue = loaded.catalogue;
    }
    QJsonArray list;
    for (const Operation &operation : qAsConst(catalogue.operations)) {
        if (!m_options.tag.isEmpty()
            && !operation.tags.contains(m_options.tag, Qt::CaseInsensitive))
            continue;
        if (m_options.json) {
            list.append(
                QJsonObject{{QStringLiteral("method"), operation.method},
                            {QStringLiteral("path"), operation.path},
                            {QStringLiteral("summary"), operation.summary},
                            {QStringLiteral("tags"), QJsonArray::fromStringList(operation.tags)},
                            {QStringLiteral("scope"), operation.requiredScope}});
        } else {
            m_out << operation.method << ' ' << operation.path << "  " << operation.summary << '\n';
        }
    }
    if (m_options.json)
        m_out << QJsonDocument(list).toJson(QJsonDocument::Indented);
    m_out.flush();
    return ExitOk;
}

int CliRunner::runKeys()
{
    const QString sub = m_options.arguments.value(0);
    if (sub == u"list")
        return keysList();
    int exitCode = ExitOk;
    if (sub == u"test") {
        Environment environment;
        if (!resolveEnvironment(&environment, &exitCode))
            return exitCode;
        return keysTest(environment);
    }
    Environment environment;
    if (!lookUpEnvironment(&environment, &exitCode))
        return exitCode;
    if (sub == u"add")
        return keysAdd(environment);
    if (sub == u"remove")
        return keysRemove(environment);
    return fail(ExitUsage, tr("keys takes list, add, remove or test."));
}

int CliRunner::keysList()
{
    QJsonArray list;
    const QList<KeyProfile> profiles = keyRing()->profiles()->profiles();
    for (const KeyProfile &profile : profiles) {
        if (m_options.json) {
            list.append(
                QJsonObject{{QStringLiteral("label"), profile.label},
                            {QStringLiteral("environment"), profile.environmentId},
                            {QStringLiteral("fingerprint"), profile.redacted()},
                            {QStringLiteral("home_practice_group"), profile.homePracticeGroup},
                            {QStringLiteral("default"), profile.isDefault}});
        } else {
            m_out << profile.environmentId << "  " << profile.label << "  " << profile.redacted()
                  << (profile.homePracticeGroup.isEmpty() ? QString()
                                                          : u"  group " + profile.homePracticeGroup)
                  << (profile.isDefault ? tr("  (default)") : QString()) << '\n';
        }
    }
    if (m_options.json)
        m_out << QJsonDocument(list).toJson(QJsonDocument::Indented);
    else if (profiles.isEmpty())
        m_err << tr("No keys saved.") << Qt::endl;
    m_out.flush();
    return ExitOk;
}

int CliRunner::keysAdd(const Environment &environment)
{
    if (environment.kind == EnvironmentKind::Sandbox)
        return fail(ExitUsage, tr("The sandbox's keys are built in and never saved."));
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return fail(ExitUsage, tr("Standard input could not be read."));
    const QByteArray secret = trimmedPastedKey(QString::fromUtf8(in.readLine(MaxApiKeyBytes + 8)));
    KeyProfile profile;
    profile.label = m_options.label.isEmpty() ? environment.name : m_options.label;
    profile.environmentId = environment.id;
    profile.homePracticeGroup = m_options.practiceGroup;
    if (const QString problem = KeyRing::addProblem(profile, secret); !problem.isEmpty())
        return fail(ExitUsage, problem);
    KeyJob *job = keyRing()->add(profile, secret);
    waitFor(job);
    if (!job->isOk())
        return fail(exitCodeFor(job), job->errorText());
    for (const QString &warning : job->warnings())
        m_err << "hero-cli: " << warning << Qt::endl;
    m_err << tr("Saved \"%1\" for %2 in the keychain (…%3).")
                 .arg(profile.label, environment.id, keyFingerprint(secret))
          << Qt::endl;
    return ExitOk;
}

int CliRunner::keysRemove(const Environment &environment)
{
    int exitCode = ExitOk;
    KeyProfile profile;
    if (!findProfile(environment.id, &profile, &exitCode))
        return exitCode;
    KeyJob *job = keyRing()->remove(profile.id);
    waitFor(job);
    if (!job->isOk())
        return fail(exitCodeFor(job), job->errorText());
    m_err << tr("Removed \"%1\" (…%2) from %3 and the keychain.")
                 .arg(profile.label, profile.fingerprint, environment.id)
          << Qt::endl;
    return ExitOk;
}

int CliRunner::keysTest(const Environment &environment)
{
    int exitCode = ExitOk;
    RunTarget target;
    if (!resolveTarget(environment, &target, &exitCode))
        return exitCode;
    ApiRequest request;
    request.path = QStringLiteral("/v1/me");
    QString rateKey;
    const Exchange exchange = sendAndWait(target, request, &rateKey);
    const Diagnosis diagnosis = diagnoseForCli(exchange, target, request);
    if (!m_options.json && diagnosis.isOk())
        m_err << tr("The key works: GET /v1/me answered %1.").arg(exchange.status) << Qt::endl;
    return report(exchange, diagnosis, rateKey);
}

int CliRunner::runDiagnose()
{
    int exitCode = ExitOk;
    Environment environment;
    RunTarget target;
    ApiRequest request;
    if (!prepare(&environment, &target, &request, &exitCode))
        return exitCode;
    target.retries = false;

    DoctorRequest doctorRequest;
    doctorRequest.method = request.method;
    doctorRequest.path = request.path;
    doctorRequest.query = request.query;
    doctorRequest.environment = environment;
    doctorRequest.homeGroup = diagnosisContext(target, request).homePracticeGroup;
    doctorRequest.targetGroup = target.practiceGroup;
    if (doctorRequest.homeGroup.isEmpty())
        doctorRequest.homeGroup = target.practiceGroup;

    // The original call is repeated only when it is a GET: diagnose never sends anything else.
    Exchange original;
    Diagnosis originalDiagnosis;
    QString rateKey;
    if (request.method == "GET") {
        original = sendAndWait(target, request, &rateKey);
        originalDiagnosis = diagnoseForCli(original, target, request);
        doctorRequest.originalCode = originalDiagnosis.code;
    } else {
        // Whether the key can be read at all; the doctor's first probe repeats this anyway.
        original = sendAndWait(
            target, ApiRequest{"GET", QStringLiteral("/v1/me"), {}, {}, {}, false}, &rateKey);
    }
    // Without the key no probe can tell anything: say why, as `request` would.
    if (isKeyRefusal(original.refusal))
        return report(original, diagnoseForCli(original, target, request), rateKey);

    Doctor doctor(doctorSenderFor(&parts()->runner, target));
    QEventLoop loop;
    connect(&doctor, &Doctor::finished, &loop, &QEventLoop::quit);
    doctor.start(doctorRequest);
    if (doctor.isRunning())
        loop.exec();

    const DoctorVerdict verdict = doctor.verdict();
    const bool refusalFound = verdict == DoctorVerdict::KeyInvalid
        || verdict == DoctorVerdict::NoSharedNetwork || verdict == DoctorVerdict::MissingScope;
    bool transportFailed = false;
    QJsonArray probes;
    for (const DoctorStep &step : doctor.steps()) {
        transportFailed |= step.exchange.wasSent() && !step.exchange.hasHttpResponse();
        probes.append(
            QJsonObject{{QStringLiteral("method"), QString::fromLatin1(step.probe.request.method)},
                        {QStringLiteral("path"), step.probe.request.path},
                        {QStringLiteral("practice_group"), step.probe.practiceGroup},
                        {QStringLiteral("status"), step.exchange.status},
                        {QStringLiteral("summary"), step.summary},
                        {QStringLiteral("interpretation"), step.interpretation}});
    }
    const int code = transportFailed && !refusalFound                        ? ExitTransport
        : refusalFound || (request.method == "GET" && !original.isSuccess()) ? ExitHttpError
                                                                             : ExitOk;
    if (m_options.json) {
        QJsonObject object{{QStringLiteral("verdict"), doctorVerdictId(verdict)},
                           {QStringLiteral("explanation"), doctor.explanation()},
                           {QStringLiteral("probes"), probes},
                           {QStringLiteral("probes_sent"), doctor.probesSent()},
                           {QStringLiteral("exit_code"), code}};
        if (request.method == "GET") {
            object.insert(QStringLiteral("status"), original.status);
            object.insert(QStringLiteral("diagnosis"), diagnosisJson(originalDiagnosis));
        }
        m_out << QJsonDocument(object).toJson(QJsonDocument::Indented);
        m_out.flush();
        return code;
    }
    if (request.method == "GET")
        m_out << tr("The call: %1 — %2").arg(original.status).arg(originalDiagnosis.title) << '\n';
    else
        m_out << tr("The call was not repeated: diagnose only ever sends GET requests.") << '\n';
    int index = 1;
    for (const DoctorStep &step : doctor.steps()) {
        m_out << tr("%1. %2").arg(index++).arg(step.probe.description) << "\n   " << step.summary
              << "\n   " << step.interpretation << '\n';
    }
    m_out << tr("Verdict: %1").arg(doctor.explanation()) << '\n';
    m_out.flush();
    return code;
}
