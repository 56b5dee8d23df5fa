"""PostgreSQL through ``pg_dump -Fc`` and ``pg_restore``, from one snapshot.

The row counts of the manifest are read in a REPEATABLE READ transaction
whose snapshot ``pg_dump --snapshot`` then dumps: the counts and the dump
describe the same instant, while orders keep being placed.
"""

import os
import shutil
import subprocess

import psycopg
from django.conf import settings
from psycopg import sql

from .manifest import BackupError


def libpq_params(settings_dict, dbname=None):
    params = {
        "dbname": dbname or settings_dict["NAME"],
        "host": settings_dict.get("HOST") or None,
        "port": str(settings_dict["PORT"]) if settings_dict.get("PORT") else None,
        "user": settings_dict.get("USER") or None,
        "password": settings_dict.get("PASSWORD") or None,
    }
    return {key: value for key, value in params.items() if value}


def environment(params):
    """The libpq variables for pg_dump and pg_restore (no password on a command line)."""
    names = {"host": "PGHOST", "port": "PGPORT", "user": "PGUSER", "password": "PGPASSWORD"}
    env = {key: value for key, value in os.environ.items() if not key.startswith("PG")}
    env.update({names[key]: value for key, value in params.items() if key in names})
    return env


def program(name):
    bindir = getattr(settings, "HIRFA_PG_BINDIR", "")
    found = shutil.which(name, path=bindir or None)
    if not found:
        raise BackupError(f"{name} not found (install postgresql-client, or set HIRFA_PG_BINDIR).")
    return found


def run(command, params):
    result = subprocess.run(  # noqa: S603  (a fixed program, arguments as a list)
        command, env=environment(params), capture_output=True, text=True, check=False
    )
    if result.returncode:
        raise BackupError(f"{os.path.basename(command[0])} failed: {result.stderr.strip() or result.stdout}")
    return result.stdout


def table_counts(connection):
    names = [
        name
        for (name,) in connection.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename"
        )
    ]
    query = sql.SQL("SELECT COUNT(*) FROM {}")
    return {name: connection.execute(query.format(sql.Identifier(name))).fetchone()[0] for name in names}


def connect(params, **kwargs):
    try:
        return psycopg.connect(**params, **kwargs)
    except psycopg.Error as error:
        raise BackupError(f"Cannot connect to PostgreSQL database {params['dbname']!r} ({error}).") from error


def backup(settings_dict, target_file):
    params = libpq_params(settings_dict)
    with connect(params) as connection:
        connection.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        (snapshot,) = connection.execute("SELECT pg_export_snapshot()").fetchone()
        counts = table_counts(connection)
        run(
            [program("pg_dump"), "-Fc", f"--snapshot={snapshot}", "--no-owner", "-f", str(target_file)]
            + ["--dbname", params["dbname"]],
            params,
        )
        connection.rollback()
    return counts


def check_archive(backup_file):
    """pg_restore can read the archive's table of contents."""
    run([program("pg_restore"), "--list", str(backup_file)], {})


def restore(backup_file, settings_dict, target_name, *, force):
    params = libpq_params(settings_dict)
    target = libpq_params(settings_dict, dbname=target_name)
    with connect(params, autocommit=True) as connection:
        exists = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [target_name]).fetchone()
        if exists and not force:
            raise BackupError(
                f"Database {target_name!r} exists: add --force to overwrite it, or choose another --database."
            )
        if not exists:
            connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(target_name)))
    command = [program("pg_restore"), "--no-owner", "--no-privileges", "--exit-on-error"]
    command.append("--single-transaction")
    if exists:
        command += ["--clean", "--if-exists"]
    run([*command, "--dbname", target_name, str(backup_file)], target)
    with connect(target) as connection:
        return table_counts(connection)
