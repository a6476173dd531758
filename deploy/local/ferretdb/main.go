// Command ferretdb-local runs FerretDB v1 (SQLite backend) embedded in a small program of ours,
// so that the local stack has a MongoDB-wire store without a mongod binary.
//
// It is built by deploy/local/stack-up.sh into .local/bin/ferretdb-local and configured by environment:
//
//	MONGO_HOST          listen address (default 127.0.0.1)
//	MONGO_PORT          listen port (default 27017)
//	FERRETDB_STATE_DIR  directory of the SQLite databases (default .local/ferretdb/data)
//	FERRETDB_LOG_LEVEL  debug, info, warn or error (default warn)
//	FERRETDB_SQLITE_SYNCHRONOUS  SQLite synchronous pragma: normal (default) or full
//	FERRETDB_SUPERVISE  1 (default): run FerretDB in a child process and start it again when it dies
//
// FerretDB v1 crashes the whole process on some internal errors (a panic in a finalizer that no
// recover() can catch, e.g. after a failed findAndModify), so by default this program is a small
// supervisor: it runs FerretDB in a child process (itself, with FERRETDB_LOCAL_CHILD=1) and restarts it
// when it exits on its own; clients reconnect. It stops cleanly on SIGINT or SIGTERM.
package main

import (
	"context"
	"fmt"
	"log/slog"
	"net"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/FerretDB/FerretDB/ferretdb"
)

const childEnv = "FERRETDB_LOCAL_CHILD"

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
		// FerretDB wants a directory URI that ends with a slash. FerretDB runs every update in its own
		// SQLite transaction; with WAL and synchronous=NORMAL a commit does not wait for fsync (a crash of
		// the machine may lose the last commits, never corrupt the database): a local stack's trade-off,
		// FERRETDB_SQLITE_SYNCHRONOUS=full restores the default.
		SQLiteURL: "file:" + dir + string(filepath.Separator) +
			"?_pragma=synchronous(" + env("FERRETDB_SQLITE_SYNCHRONOUS", "normal") + ")",
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

// supervise runs this program again as a child that serves FerretDB, and starts the child again
// when it exits without having been asked to, at most maxRestarts times within restartWindow.
func supervise() error {
	const (
		maxRestarts   = 20
		restartWindow = time.Minute
	)

	self, err := os.Executable()
	if err != nil {
		return err
	}

	signals := make(chan os.Signal, 1)
	signal.Notify(signals, os.Interrupt, syscall.SIGTERM)

	var restarts []time.Time
	for {
		cmd := exec.Command(self, os.Args[1:]...)
		cmd.Env = append(os.Environ(), childEnv+"=1")
		cmd.Stdout = os.Stdout
		cmd.Stderr = os.Stderr
		setChildAttrs(cmd)
		if err = cmd.Start(); err != nil {
			return fmt.Errorf("cannot start FerretDB: %w", err)
		}

		exited := make(chan error, 1)
		go func() { exited <- cmd.Wait() }()

		select {
		case sig := <-signals:
			_ = cmd.Process.Signal(sig)
			select {
			case <-exited:
			case <-time.After(10 * time.Second):
				_ = cmd.Process.Kill()
				<-exited
			}
			return nil

		case err = <-exited:
			now := time.Now()
			kept := restarts[:0]
			for _, t := range restarts {
				if now.Sub(t) < restartWindow {
					kept = append(kept, t)
				}
			}
			restarts = append(kept, now)
			if len(restarts) > maxRestarts {
				return fmt.Errorf("FerretDB exited %d times within %s, giving up (last: %v)", len(restarts), restartWindow, err)
			}
			fmt.Fprintf(os.Stderr, "ferretdb-local: FerretDB exited (%v); starting it again\n", err)
			time.Sleep(200 * time.Millisecond)
		}
	}
}

func main() {
	var err error
	if os.Getenv(childEnv) == "1" || env("FERRETDB_SUPERVISE", "1") == "0" {
		err = run()
	} else {
		err = supervise()
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "ferretdb-local: %v\n", err)
		os.Exit(1)
	}
}
