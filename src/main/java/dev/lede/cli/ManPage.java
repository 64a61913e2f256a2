package dev.lede.cli;

import dev.lede.io.StdinKind;
import dev.lede.ui.config.ConfigReference;
import dev.lede.ui.keys.Action;
import dev.lede.ui.keys.Context;
import dev.lede.ui.keys.Key;
import dev.lede.ui.keys.KeyTable;
import dev.lede.ui.keys.Keymap;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code lede.1}, written in troff at build time: the options and commands from the picocli model, and
 * KEYS, CONFIGURATION, FILES and ENVIRONMENT from the tables the README's sections are generated from,
 * so the man page, the README and the help screen cannot drift apart. Written directly (no AsciiDoc
 * step) so the ordinary build makes it in well under a second.
 */
public final class ManPage {

    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    private ManPage() {}

    /** Writes the page to the path given as the only argument. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ManPage OUTPUT");
        }
        Path out = Path.of(args[0]);
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        Files.writeString(out, page(), StandardCharsets.UTF_8);
    }

    /** The whole page. */
    public static String page() {
        CommandLine line = LedeCommand.commandLine(new ByteArrayInputStream(new byte[0]), StdinKind.NOTHING, Map.of());
        CommandSpec spec = line.getCommandSpec();
        StringBuilder out = new StringBuilder();
        // "lede 1.2.0" without the commit and Java details --version adds.
        String version =
                String.join(" ", Arrays.asList(spec.version()[0].split(" ")).subList(0, 2));
        out.append(".TH LEDE 1 \"\" \"").append(escape(version)).append("\" \"User Commands\"\n");
        // Ragged right and no hyphenation: option names and paths must stay whole.
        out.append(".ad l\n.nh\n");
        section(out, "NAME");
        out.append("lede \\- ").append(escape("a terminal news reader")).append('\n');
        section(out, "SYNOPSIS");
        synopsis(out, spec);
        for (CommandLine sub : line.getSubcommands().values()) {
            if (!sub.getCommandSpec().usageMessage().hidden()) {
                out.append(".br\n");
                synopsis(out, sub.getCommandSpec());
            }
        }
        section(out, "DESCRIPTION");
        for (String paragraph : spec.usageMessage().description()) {
            if (!paragraph.isBlank()) {
                out.append(".PP\n").append(text(paragraph)).append('\n');
            }
        }
        section(out, "OPTIONS");
        options(out, spec);
        section(out, "COMMANDS");
        for (CommandLine sub : line.getSubcommands().values()) {
            CommandSpec command = sub.getCommandSpec();
            if (command.usageMessage().hidden()) {
                continue;
            }
            out.append(".SS ").append(escape("lede " + command.name())).append('\n');
            for (String paragraph : command.usageMessage().description()) {
                if (!paragraph.isBlank()) {
                    out.append(".PP\n").append(text(paragraph)).append('\n');
                }
            }
            options(out, command);
        }
        keys(out);
        configuration(out);
        section(out, "FILES");
        rows(out, ConfigReference.files());
        section(out, "ENVIRONMENT");
        rows(out, ConfigReference.environment());
        section(out, "EXIT STATUS");
        for (Map.Entry<String, String> code : spec.usageMessage().exitCodeList().entrySet()) {
            out.append(".TP\n.B ")
                    .append(escape(code.getKey().strip()))
                    .append('\n')
                    .append(text(code.getValue()))
                    .append('\n');
        }
        section(out, "SEE ALSO");
        out.append(".BR less (1)\n");
        return out.toString();
    }

    private static void section(StringBuilder out, String name) {
        out.append(".SH ").append(name).append('\n');
    }

    private static void synopsis(StringBuilder out, CommandSpec spec) {
        String usage = new CommandLine.Help(spec, CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF))
                .synopsis(0)
                .strip()
                .replaceAll("\\s+", " ");
        out.append(".B ").append(escape(usage)).append('\n');
    }

    private static void options(StringBuilder out, CommandSpec spec) {
        for (OptionSpec option : spec.options()) {
            if (option.hidden()) {
                continue;
            }
            out.append(".TP\n").append(bold(String.join(", ", option.names())));
            if (option.arity().max() > 0) {
                out.append("=\\fI").append(escape(option.paramLabel())).append("\\fR");
            }
            out.append('\n')
                    .append(text(description(option.description(), option)))
                    .append('\n');
        }
        for (PositionalParamSpec parameter : spec.positionalParameters()) {
            if (parameter.hidden()) {
                continue;
            }
            out.append(".TP\n\\fI")
                    .append(escape(parameter.paramLabel()))
                    .append("\\fR\n")
                    .append(text(description(parameter.description(), parameter)))
                    .append('\n');
        }
    }

    /** The description with picocli's variables filled in, as --help shows it. */
    private static String description(String[] lines, CommandLine.Model.ArgSpec arg) {
        String joined = String.join(" ", lines);
        String defaultValue = arg.defaultValueString();
        String candidates = arg.completionCandidates() == null
                ? ""
                : String.join(", ", (Iterable<String>) arg.completionCandidates());
        return joined.replace("${DEFAULT-VALUE}", defaultValue == null ? "" : defaultValue)
                .replace("${COMPLETION-CANDIDATES}", candidates);
    }

    private static void keys(StringBuilder out) {
        section(out, "KEYS");
        out.append(".PP\n")
                .append(text("The default keys; a configuration file can change them (see CONFIGURATION). "
                        + "The help screen (?) shows the keys in force."))
                .append('\n');
        KeyTable table = new KeyTable(Keymap.DEFAULT);
        for (Context context : Context.values()) {
            out.append(".SS ").append(escape(context.title())).append('\n');
            for (KeyTable.Row row : table.rows(context)) {
                out.append(".TP\n")
                        .append(bold(String.join("  ", row.keys())))
                        .append('\n')
                        .append(text(row.help()))
                        .append('\n');
            }
        }
    }

    private static void configuration(StringBuilder out) {
        section(out, "CONFIGURATION");
        out.append(".PP\n").append(text(ConfigReference.INTRO)).append('\n');
        rows(out, ConfigReference.settings());
        out.append(".PP\n").append(text(ConfigReference.KEY_SYNTAX)).append('\n');
        out.append(".SS Action names\n");
        for (Action action : Action.values()) {
            String keys = Keymap.DEFAULT.keys(action).stream().map(Key::name).collect(Collectors.joining(" "));
            out.append(".TP\n")
                    .append(bold(action.id()))
                    .append('\n')
                    .append(text(action.help() + " (" + action.context().title().toLowerCase(java.util.Locale.ROOT)
                            + (keys.isEmpty() ? "" : "; default: " + keys) + ")"))
                    .append('\n');
        }
    }

    private static void rows(StringBuilder out, List<ConfigReference.Row> rows) {
        for (ConfigReference.Row row : rows) {
            out.append(".TP\n")
                    .append(text(row.what()))
                    .append('\n')
                    .append(text(row.does()))
                    .append('\n');
        }
    }

    private static String bold(String plain) {
        return "\\fB" + escape(plain) + "\\fR";
    }

    /** Markdown inline code becomes bold; everything else is escaped for troff. */
    static String text(String markdown) {
        StringBuilder out = new StringBuilder();
        Matcher code = CODE.matcher(markdown);
        int last = 0;
        while (code.find()) {
            out.append(escape(markdown.substring(last, code.start()))).append(bold(code.group(1)));
            last = code.end();
        }
        out.append(escape(markdown.substring(last)));
        String line = out.toString();
        // A line starting with a dot or a quote would be read as a request.
        return line.startsWith(".") || line.startsWith("'") ? "\\&" + line : line;
    }

    /** Backslashes and minus signs as troff wants them; the rest is UTF-8 text. */
    static String escape(String plain) {
        return plain.replace("\\", "\\e").replace("-", "\\-").replace("\n", " ");
    }
}
