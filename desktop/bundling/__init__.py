"""What the packaged build (build.spec) does to the files it collects. Never imported by the app."""
