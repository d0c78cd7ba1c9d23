// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "clirunner.h"

#include "http/headervalidation.h"
#include "sandboxserver.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>

#include <cstdio>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hero-cli", text);
}

// The fixture's all-scopes key: the sandbox is explorable with no key of one's own.
const QByteArray SandboxDefaultKey = QByteArrayLiteral("hero_sbx_full_7Q2mX9");
const QByteArray SandboxDefaultGroup = QByteArrayLiteral("1001");

int exitCodeFor(const Exchange &exchange)
{
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
    return fail(ExitUsage, tr("Unknown command \"%1\". Try hero-cli --help.").arg(command));
}

int CliRunner::fail(int code, const QString &message)
{
    if (m_options.json) {
        QJsonObject error{{QStringLiteral("error"), message}, {QStringLiteral("exit_code"), code}};
        m_out << QJsonDocument(error).toJson(QJsonDocument::Compact) << Qt::endl;
    }
    m_err << "hero-cli: " << message << Qt::endl;
    return code;
}

bool CliRunner::resolveEnvironment(Environment *environment, int *exitCode)
{
    EnvironmentKind kind;
    if (!environmentKindFromId(m_options.env, &kind)) {
        *exitCode = fail(ExitUsage,
                         tr("Unknown environment \"%1\"; use staging, production, "
                            "portal-mock, sandbox or custom.")
                             .arg(m_options.env));
        return false;
    }
    *environment = builtInEnvironment(kind);
    if (!m_options.baseUrl.isEmpty()) {
        environment->baseUrl = QUrl(m_options.baseUrl);
    } else if (kind == EnvironmentKind::Sandbox) {
        m_sandbox = std::make_unique<SandboxServer>();
        SandboxOptions sandboxOptions;
        QString error;
        if (!m_sandbox->start(sandboxOptions, &error)) {
            *exitCode =
                fail(ExitTransport, tr("The in-process sandbox did not start: %1").arg(error));
            return false;
        }
        environment->baseUrl = m_sandbox->baseUrl();
    } else if (kind == EnvironmentKind::Custom) {
        *exitCode = fail(ExitUsage, tr("--env custom needs --base-url."));
        return false;
    }
    if (const QString problem = baseUrlProblem(environment->baseUrl); !problem.isEmpty()) {
        *exitCode = fail(ExitRefused, problem);
        return false;
    }
    environment->caFile = m_options.caFile;
    environment->timeoutMs = m_options.timeoutSeconds * 1000;
    return true;
}

bool CliRunner::resolveCredentials(const Environment &environment, Credentials *credentials,
                                   int *exitCode)
{
    if (!m_options.keyEnv.isEmpty()) {
        const QByteArray value = qgetenv(m_options.keyEnv.toLocal8Bit().constData());
        if (value.isEmpty()) {
            *exitCode =
                fail(ExitUsage,
                     tr("The environment variable %1 is empty or not set.").arg(m_options.keyEnv));
            return false;
        }
        credentials->apiKey = value;
    } else if (m_options.keyStdin) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            *exitCode = fail(ExitUsage, tr("Standard input could not be read."));
            return false;
        }
        credentials->apiKey = in.readLine().trimmed();
    } else if (environment.kind == EnvironmentKind::Sandbox) {
        credentials->apiKey = SandboxDefaultKey;
    } else {
        *exitCode = fail(ExitKeychain,
                         tr("No key given: use --key-env VAR or --key-stdin "
                            "(keychain keys are not available yet)."));
        return false;
    }
    credentials->practiceGroupId = m_options.practiceGroup.toUtf8();
    if (credentials->practiceGroupId.isEmpty() && environment.kind == EnvironmentKind::Sandbox
        && credentials->apiKey == SandboxDefaultKey)
        credentials->practiceGroupId = SandboxDefaultGroup;
    if (credentials->practiceGroupId.isEmpty()) {
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

Exchange CliRunner::sendAndWait(const Environment &environment, const Credentials &credentials,
                                const ApiRequest &request)
{
    if (!m_network) {
        m_network = new QNetworkAccessManager(this);
        m_client = new ApiClient(m_network, this);
    }
    Exchange result;
    QEventLoop loop;
    ApiCall *call = m_client->send(environment, credentials, request);
    connect(call, &ApiCall::finished, &loop, [&loop, &result](const Exchange &exchange) {
        result = exchange;
        loop.quit();
    });
    loop.exec();
    return result;
}

int CliRunner::runRequest()
{
    int exitCode = ExitOk;
    Environment environment;
    Credentials credentials;
    ApiRequest request;
    if (!buildRequest(&request, &exitCode) || !resolveEnvironment(&environment, &exitCode)
        || !resolveCredentials(environment, &credentials, &exitCode))
        return exitCode;
    return report(sendAndWait(environment, credentials, request));
}

int CliRunner::report(const Exchange &exchange)
{
    const int code = exitCodeFor(exchange);
    if (m_options.json) {
        QJsonObject headers;
        for (const auto &header : exchange.headers)
            headers.insert(QString::fromLatin1(header.first).toLower(),
                           QString::fromLatin1(header.second));
        QJsonObject object{
            {QStringLiteral("status"), exchange.status},
            {QStringLiteral("headers"), headers},
            {QStringLiteral("body"), bodyAsJson(exchange.body)},
            {QStringLiteral("elapsed_ms"), exchange.timings.totalMs},
            {QStringLiteral("exit_code"), code},
        };
        if (!exchange.wasSent())
            object.insert(QStringLiteral("refused"), exchange.refusalText);
        if (exchange.transportError != TransportError::None)
            object.insert(QStringLiteral("transport_error"),
                          transportErrorId(exchange.transportError));
        m_out << QJsonDocument(object).toJson(QJsonDocument::Indented);
        m_out.flush();
        return code;
    }
    if (!exchange.wasSent()) {
        m_err << "hero-cli: refused before sending: " << exchange.refusalText << Qt::endl;
        return code;
    }
    if (exchange.transportError != TransportError::None) {
        m_err << "hero-cli: " << transportErrorId(exchange.transportError) << ": "
              << exchange.errorText << Qt::endl;
        return code;
    }
    m_err << "HTTP " << exchange.status << ' ' << QString::fromLatin1(exchange.reason) << "  ("
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

int CliRunner::runEndpoints()
{
    return fail(ExitUsage, tr("endpoints is not yet available."));
}

int CliRunner::runKeys()
{
    return fail(ExitUsage, tr("keys is not yet available."));
}

int CliRunner::runDiagnose()
{
    return fail(ExitUsage, tr("diagnose is not yet available."));
}
