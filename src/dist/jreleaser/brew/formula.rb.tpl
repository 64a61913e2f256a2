# {{jreleaserCreationStamp}}
# lede's own formula template: besides the launcher it installs the man pages and completion, and
# points bin/lede at Homebrew's keg-only OpenJDK (not on the PATH) through JAVA_HOME.
class {{brewFormulaName}} < Formula
  desc "{{projectDescription}}"
  homepage "{{{projectLinkHomepage}}}"
  url "{{{distributionUrl}}}"
  version "{{projectVersion}}"
  sha256 "{{distributionChecksumSha256}}"
  license "{{projectLicense}}"

  {{#brewDependencies}}
  depends_on {{.}}
  {{/brewDependencies}}

  def install
    libexec.install Dir["*"]
    (bin/"{{distributionExecutableName}}").write_env_script libexec/"bin/{{distributionExecutableName}}",
      Language::Java.overridable_java_home_env("17")
    man1.install Dir[libexec/"share/man/man1/*.1"]
    bash_completion.install libexec/"share/bash-completion/completions/{{distributionExecutableName}}"
    zsh_completion.install libexec/"share/zsh/site-functions/_{{distributionExecutableName}}"
  end

  test do
    assert_match "{{projectVersion}}", shell_output("#{bin}/{{distributionExecutableName}} --version")
  end
end
