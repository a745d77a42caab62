// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"
#include "cli.h"
#include "dialogs.h"
#include "i18n.h"
#include "mainwindow.h"
#include "model/jsonio.h"
#include "settingsdialog.h"
#include "storage/library.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QIcon>
#include <QMessageBox>
#include <QPointer>
#include <QPrintPreviewWidget>
#include <QScreen>
#include <QTimer>

#include <memory>

using namespace jixiao;

namespace {

// jixiao-cli.exe (the console-subsystem twin of jixiao.exe on Windows) runs
// the commands only: started from a console, the editor would hold the
// console window open for as long as it runs.
#if defined(JIXIAO_CONSOLE)
constexpr bool ConsoleOnly = true;
#else
constexpr bool ConsoleOnly = false;
#endif

bool haveDisplay()
{
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    return true;
#else
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
#endif
}

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Jixiao"));
    QCoreApplication::setApplicationName(QStringLiteral("jixiao"));
    QCoreApplication::setApplicationVersion(QStringLiteral(JIXIAO_VERSION));
}

QString commandList()
{
    QString s = cli::Text::tr("Commands:") + QLatin1Char('\n');
    for (const cli::Command &c : cli::commands())
        s += QStringLiteral("  %1  %2\n").arg(QLatin1String(c.name), -12).arg(cli::Text::tr(c.summary));
    return s + cli::Text::tr("Run “jixiao COMMAND --help” for a command's options.") + QLatin1Char('\n');
}

int runCommand(const cli::Command &command, int argc, char **argv)
{
    std::unique_ptr<QCoreApplication> app;
    if (command.needsGui) {
        if (!haveDisplay())
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    setIdentity();
    i18n::install();
    QStringList args = QCoreApplication::arguments();
    args.removeAt(1); // the subcommand; the parser sees "jixiao ARGS…"
    return command.run(args);
}

// The editor in the face a Chinese Windows sets its own windows in, 微软雅黑
// (Microsoft YaHei UI), also where Qt would take another (an English Windows
// with Chinese installed gives Segoe UI, and Chinese then comes in whatever
// face font linking picks). Segoe UI draws what YaHei lacks; the size stays
// the system's. Elsewhere the desktop's own font is the right one.
void useSystemUiFace()
{
#if defined(Q_OS_WIN)
    for (const QString &family : {QStringLiteral("Microsoft YaHei UI"), QStringLiteral("Microsoft YaHei")}) {
        if (!QFontDatabase::hasFamily(family))
            continue;
        QFont font = QApplication::font();
        font.setFamilies({family, QStringLiteral("Segoe UI")});
        QApplication::setFont(font);
        return;
    }
#endif
}

// The editor. Hidden options for scripts: --screenshot PATH saves the window
// as a PNG once shown and quits; --show POINTER opens the table holding it;
// --exit-when-shown quits once the window is on screen (start-up benchmark).
int runEditor(int argc, char **argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    setIdentity();
    useSystemUiFace();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/jixiao/icons/jixiao-256.png")));
    ui::AppSettings settings;
    i18n::install(settings.language());
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), cli::Text::tr("A filing to open in the editor."));
    const QCommandLineOption sample(QStringLiteral("sample"), cli::Text::tr("Open the bundled sample filing."));
    QCommandLineOption screenshot(
        QStringLiteral("screenshot"), QStringLiteral("Save the window as PNG and quit."), QStringLiteral("PATH"));
    QCommandLineOption show(
        QStringLiteral("show"), QStringLiteral("Show the table holding POINTER."), QStringLiteral("POINTER"));
    QCommandLineOption exitWhenShown(QStringLiteral("exit-when-shown"), QStringLiteral("Quit once shown."));
    for (QCommandLineOption *o : {&screenshot, &show, &exitWhenShown})
        o->setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({sample, screenshot, show, exitWhenShown});
    parser.process(app);

    ui::MainWindow window;
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty()) {
        QString error;
        if (!window.openFile(files.first(), &error)) {
            QMessageBox::critical(nullptr, cli::Text::tr("Cannot open the filing"), error);
            return cli::BadInput;
        }
    } else if (parser.isSet(sample) || window.library()->entries().isEmpty()) {
        // The first start shows the sample; later ones the recent drafts.
        window.openSample();
    } else {
        window.showWelcome();
    }
    // --show POINTER opens that table; "settings" and "preview" open those
    // dialogs (the screenshot is then of the dialog).
    const QString showWhat = parser.value(show);
    QPointer<QWidget> shown = &window;
    if (!showWhat.isEmpty() && showWhat.startsWith(QLatin1Char('/')))
        window.jumpTo(showWhat);
    // A window larger than the screen it opens on (the first start's size, or
    // one saved on a larger screen) is made to fill the screen's free area
    // instead: an office PC has 1366×768, or 1920×1080 at 150 % (1280×720 of
    // layout). The frame (title bar, borders) needs room too.
    if (const QScreen *screen = window.screen()) {
        const QRect room = screen->availableGeometry();
        const QSize frame(16, 48);
        if (window.width() + frame.width() > room.width() || window.height() + frame.height() > room.height()) {
            window.resize(window.size().boundedTo(room.size() - frame));
            window.move(room.topLeft());
        }
    }
    window.show();
    if (showWhat == u"settings") {
        auto *dialog = new ui::SettingsDialog(window.settings(), &window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
        shown = dialog;
    } else if (showWhat == u"preview") {
        window.printPreview(PrintSelection {}); // opens without blocking
        if (QPrintPreviewWidget *preview = window.lastPreview())
            shown = preview->window();
    }
    if (parser.isSet(screenshot) || parser.isSet(exitWhenShown)) {
        const QString path = parser.value(screenshot);
        QTimer::singleShot(parser.isSet(screenshot) ? 300 : 0, &window, [shown, path, &sinceStart] {
            QCoreApplication::processEvents();
            cli::err() << "shown after " << sinceStart.elapsed() << " ms" << Qt::endl;
            if (!path.isEmpty() && shown && !shown->grab().save(path))
                cli::err() << "cannot write " << path << Qt::endl;
            QCoreApplication::quit();
        });
    }
    return app.exec();
}

} // namespace

int main(int argc, char **argv)
{
    const QString first = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (const cli::Command *command = cli::find(first))
        return runCommand(*command, argc, argv);

    const bool wantsText = first == QLatin1String("-h") || first == QLatin1String("--help")
        || first == QLatin1String("-v") || first == QLatin1String("--version");
    if (wantsText || ConsoleOnly || !haveDisplay()) {
        QCoreApplication app(argc, argv);
        setIdentity();
        i18n::install();
        QCommandLineParser parser;
        parser.setApplicationDescription(QCoreApplication::translate(
            "jixiao::cli", "Jixiao: fill in, check, store and print budget performance-target forms."));
        const QCommandLineOption help = parser.addHelpOption();
        const QCommandLineOption version = parser.addVersionOption();
        parser.addPositionalArgument(QStringLiteral("FILE"), cli::Text::tr("A filing to open in the editor."));
        if (ConsoleOnly) {
            // Qt 6.4 answers in a message box when a program has no console
            // (a pipe, a scheduled task); the console program answers in text.
            if (!parser.parse(QCoreApplication::arguments())) {
                cli::err() << parser.errorText() << Qt::endl;
                return cli::BadInput;
            }
            if (parser.isSet(version) || parser.isSet(help)) {
                cli::out() << (parser.isSet(version) ? QCoreApplication::applicationName() + QLatin1Char(' ')
                                       + QCoreApplication::applicationVersion() + QLatin1Char('\n')
                                                     : parser.helpText());
                cli::out().flush();
                return cli::Ok;
            }
        } else {
            parser.process(app); // exits on --help / --version
        }
        cli::err() << (ConsoleOnly ? QCoreApplication::translate(
                           "jixiao::cli", "jixiao-cli runs commands; the editor is jixiao.exe. Use a command:")
                                   : QCoreApplication::translate(
                                       "jixiao::cli", "There is no display to show the editor on. Use a command:"))
                   << Qt::endl
                   << commandList();
        return cli::BadInput;
    }

    return runEditor(argc, argv);
}
