// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QString>

// What the user typed for a custom environment, and why it cannot be added yet.
struct CustomEnvironmentInput
{
    Q_DECLARE_TR_FUNCTIONS(CustomEnvironmentInput)
public:
    enum class Field { Name, BaseUrl, CaFile };

    QString name;
    QString baseUrl;
    QString caFile;

    // One problem per field at fault; empty when the environment can be added.
    QMap<Field, QString> problems() const;
};
