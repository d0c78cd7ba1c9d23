// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "customenvironmentinput.h"

#include "environment.h"

#include <QFileInfo>
#include <QUrl>

QMap<CustomEnvironmentInput::Field, QString> CustomEnvironmentInput::problems() const
{
    QMap<Field, QString> found;
    if (name.trimmed().isEmpty())
        found.insert(Field::Name, tr("Give the environment a name."));
    const QString url = baseUrl.trimmed();
    if (url.isEmpty()) {
        found.insert(Field::BaseUrl, tr("Enter the base URL, such as https://api.example.test."));
    } else if (const QString problem = baseUrlProblem(QUrl(url, QUrl::StrictMode));
               !problem.isEmpty()) {
        found.insert(Field::BaseUrl, problem);
    }
    if (!caFile.isEmpty() && !QFileInfo(caFile).isReadable())
        found.insert(Field::CaFile, tr("The CA file %1 cannot be read.").arg(caFile));
    return found;
}
