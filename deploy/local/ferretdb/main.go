// Command ferretdb-local runs FerretDB v1 (SQLite backend) embedded in a small program of ours,
// so that the local stack has a MongoDB-wire store without a mongod binary.
//
// It is built by deploy/local/stack-up.sh into .local/bin/ferretdb-local and configured by environment:
//
//	MONGO_HOST          listen address (default 127.0.0.1)
//	MONGO_PORT          listen port (default 27017)
//	FERRETDB_STATE_DIR  directory of the SQLite databases (default .local/ferretdb/data)
//	FERRETDB_LOG_LEVEL  debug, info, warn or error (default warn)
//
// It stops cleanly on SIGINT or SIGTERM.
package main

import (
	"context"
	"fmt"
	"log/slog"
	"net"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"

	"github.com/FerretDB/FerretDB/ferretdb"
)

func env(name, fallback string) string {
	if v := strings.TrimSpace(os.Getenv(name)); v != "" {
		return v
	}
	return fallback
}

func logLevel(s string) (slog.Level, error) {
	var l slog.Level
	err := l.UnmarshalText([]byte(s))
	return l, err
}

func run() error {
	host := env("MONGO_HOST", "127.0.0.1")
	port := env("MONGO_PORT", "27017")
	if p, err := strconv.Atoi(port); err != nil || p < 1 || p > 65535 {
		return fmt.Errorf("MONGO_PORT must be a TCP port number, got %q", port)
	}

	level, err := logLevel(env("FERRETDB_LOG_LEVEL", "warn"))
	if err != nil {
		return fmt.Errorf("FERRETDB_LOG_LEVEL: %w", err)
	}
	logger := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level}))
	slog.SetDefault(logger)

	dir, err := filepath.Abs(env("FERRETDB_STATE_DIR", filepath.Join(".local", "ferretdb", "data")))
	if err != nil {
		return err
	}
	if err = os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("cannot create state directory: %w", err)
	}

	f, err := ferretdb.New(&ferretdb.Config{
		Listener: ferretdb.ListenerConfig{TCP: net.JoinHostPort(host, port)},
		Logger:   logger,
		Handler:  "sqlite",
		// FerretDB wants a directory URI that ends with a slash.
		SQLiteURL: "file:" + dir + string(filepath.Separator),
	})
	if err != nil {
		return err
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	done := make(chan error, 1)
	go func() { done <- f.Run(ctx) }()

	// Run has bound the listener by the time MongoDBURI returns.
	fmt.Fprintf(os.Stderr, "ferretdb-local: listening on %s (sqlite state in %s)\n", f.MongoDBURI(), dir)

	err = <-done
	fmt.Fprintln(os.Stderr, "ferretdb-local: stopped")
	return err
}

func main() {
	if err := run(); err != nil {
		fmt.Fprintf(os.Stderr, "ferretdb-local: %v\n", err)
		os.Exit(1)
	}
}
