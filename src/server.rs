//! The accept loop: HTTP/1.1 through hyper, with what `axum::serve` does not give us: a limit
//! on the time a client may take to send its headers, a limit on the time it may leave an answer
//! unread, a cap on open connections and on those from one IP address (connections over either
//! are refused at once with a bare 503, not queued), a configurable listen backlog, small
//! socket send buffers (a client that reads nothing holds little kernel memory), a bound on the
//! size of a request head, and a graceful shutdown that finishes requests under way.
//!
//! hyper answers a few malformed requests itself, before the application sees them (a request
//! head over [`ServerConfig::max_head_bytes`] or with more than [`ServerConfig::max_headers`]
//! headers: 431; unparsable: 400). Those answers have no body, so they carry no security headers.

use std::collections::HashMap;
use std::convert::Infallible;
use std::future::Future;
use std::io;
use std::net::{IpAddr, SocketAddr};
use std::pin::Pin;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll, ready};
use std::time::Duration;

use axum::http::StatusCode;
use axum::http::header::CONTENT_LENGTH;
use axum::response::Response;
use hyper_util::rt::TokioIo;
use hyper_util::server::graceful::GracefulShutdown;
use pin_project_lite::pin_project;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::Semaphore;
use tokio::time::{Instant, Sleep};

use crate::app::{App, AppFuture};
use crate::security::Hardening;

/// Settings of the listening server, fixed at startup.
#[derive(Debug, Clone)]
pub struct ServerConfig {
    /// Layers applied to the application (headers, methods, limits, request timeout).
    pub hardening: Hardening,
    /// How long a client has to send a request's headers, from the moment the server starts
    /// waiting for them (idle keep-alive connections included); then the connection is closed.
    pub header_read_timeout: Duration,
    /// How long a client may leave an answer unread (no progress at all in writing to it)
    /// before the connection is dropped: the "slow read" variant of slowloris.
    pub write_timeout: Duration,
    /// Connections served at once; one more is refused at once (a bare 503, then closed).
    pub max_connections: usize,
    /// Connections from one IP address at once (loopback included); more are refused like
    /// those over `max_connections`. 0: no limit. Behind a reverse proxy every client has the
    /// proxy's address: raise it, or set 0 and let the proxy limit clients.
    pub max_connections_per_ip: usize,
    /// Connections the kernel queues before the server accepts them (`listen`'s backlog; the
    /// kernel caps it at `net.core.somaxconn`).
    pub backlog: u32,
    /// Each connection's socket send buffer (`SO_SNDBUF`; the kernel doubles it), so that a
    /// client that reads nothing holds this much kernel memory rather than the megabytes of
    /// autotuning. 0: the kernel's autotuning.
    pub send_buffer_bytes: usize,
    /// The request line and headers together, as hyper reads them; more is a 431.
    pub max_head_bytes: usize,
    /// Headers in one request; more is a 431.
    pub max_headers: usize,
    /// After SIGTERM or SIGINT, how long requests under way may take before the server exits.
    pub shutdown_grace: Duration,
    /// Reload the data when its directory changes (`--data` only; SIGHUP always reloads).
    pub watch: bool,
}

impl Default for ServerConfig {
    fn default() -> Self {
        Self {
            hardening: Hardening::default(),
            header_read_timeout: Duration::from_secs(10),
            write_timeout: Duration::from_secs(30),
            max_connections: 1024,
            max_connections_per_ip: 64,
            backlog: 1024,
            send_buffer_bytes: 64 * 1024,
            max_head_bytes: 32 * 1024,
            max_headers: 64,
            shutdown_grace: Duration::from_secs(30),
            watch: true,
        }
    }
}

/// Serves `app` on `listener` until `shutdown` completes; then stops accepting, lets requests
/// under way finish (closing idle connections at once) and returns.
pub async fn serve_on(
    listener: TcpListener,
    app: impl Into<App>,
    config: &ServerConfig,
    shutdown: impl Future<Output = ()>,
) -> std::io::Result<()> {
    let app: App = app.into();
    let mut http = hyper::server::conn::http1::Builder::new();
    // The header timeout is ours ([`Deadlines`]): hyper's boxes a timer for every request.
    http.header_read_timeout(None)
        .max_header_size(config.max_head_bytes)
        .max_headers(config.max_headers)
        .keep_alive(true);
    // `listen` again on a listening socket only changes its backlog (Linux, BSD), so this
    // applies to any listener handed in, however it was bound.
    if let Err(e) =
        socket2::SockRef::from(&listener).listen(i32::try_from(config.backlog).unwrap_or(i32::MAX))
    {
        tracing::warn!("cannot set the listen backlog to {}: {e}", config.backlog);
    }
    let connections = Arc::new(Semaphore::new(config.max_connections.max(1)));
    let per_ip = Arc::new(PerIp::new(config.max_connections_per_ip));
    let graceful = GracefulShutdown::new();
    tokio::pin!(shutdown);

    loop {
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(e) => {
                    // Out of file descriptors or a connection reset before accept: wait a
                    // little rather than spin, and keep serving the connections we have.
                    tracing::warn!("accepting a connection failed: {e}");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        // Over a limit: refused now, so that the client can retry or go elsewhere, rather than
        // left in the kernel's queue behind a flood.
        let Some(ip_slot) = per_ip.take(peer.ip()) else {
            refuse(stream, peer, "too many connections from this address");
            continue;
        };
        let Ok(permit) = connections.clone().try_acquire_owned() else {
            refuse(stream, peer, "the server is at its connection cap");
            continue;
        };
        let _ = stream.set_nodelay(true);
        if config.send_buffer_bytes > 0 {
            let _ = socket2::SockRef::from(&stream).set_send_buffer_size(config.send_buffer_bytes);
        }
        let phase = Arc::new(Phase::default());
        let stream = Deadlines::new(stream, phase.clone(), config);
        // Each request knows the address it came from (and so that it came over a connection).
        let service = Connection {
            app: app.for_peer(peer),
            phase,
        };
        let connection = graceful.watch(http.serve_connection(TokioIo::new(stream), service));
        tokio::spawn(async move {
            if let Err(e) = connection.await {
                // Clients that vanish, or stall past a timeout, end up here: not our error.
                tracing::debug!("connection ended: {e}");
            }
            drop(permit);
            drop(ip_slot);
        });
    }

    // Closing the listener makes new connections fail at once instead of queueing.
    drop(listener);
    tracing::info!(
        "shutting down: finishing {} connection(s) under way",
        graceful.count()
    );
    tokio::select! {
        () = graceful.shutdown() => tracing::info!("every request finished; bye"),
        () = tokio::time::sleep(config.shutdown_grace) => tracing::warn!(
            "requests still under way after {:?}; exiting anyway",
            config.shutdown_grace
        ),
    }
    Ok(())
}

/// The service of one connection: the application for its peer, called by hyper with each
/// request head it has read, which it tells the connection's [`Deadlines`]. (hyper-util's
/// `TowerToHyperService` would clone the app for each request and call it only when hyper
/// first polls the answer, after hyper has read again, so the request's bytes were still
/// shared with hyper's read buffer and it allocated a new one: two allocations a request.)
struct Connection {
    app: App,
    phase: Arc<Phase>,
}

impl hyper::service::Service<hyper::Request<hyper::body::Incoming>> for Connection {
    type Response = Response;
    type Error = Infallible;
    type Future = Answer;

    fn call(&self, request: hyper::Request<hyper::body::Incoming>) -> Answer {
        self.phase.set(Phase::ANSWERING);
        Answer {
            future: self.app.serve(request),
        }
    }
}

pin_project! {
    /// The application's answer, without a length on a 304.
    struct Answer {
        #[pin]
        future: AppFuture,
    }
}

impl Future for Answer {
    type Output = Result<Response, Infallible>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let mut response = ready!(self.project().future.poll(cx))?;
        // A 304 says nothing about the length of the resource. axum sets `Content-Length: 0`
        // from the empty body after every layer of the application has run, and hyper keeps it
        // on an answer to HEAD, where it would claim the resource is empty: it is removed
        // here, on the way out.
        if response.status() == StatusCode::NOT_MODIFIED {
            response.headers_mut().remove(CONTENT_LENGTH);
        }
        Poll::Ready(Ok(response))
    }
}

/// The answer to a connection over a limit, sent without reading the request.
const REFUSAL: &[u8] = b"HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\n\
      Retry-After: 1\r\nConnection: close\r\n\r\n";

/// Sends [`REFUSAL`] if the socket takes it at once, and closes the connection.
fn refuse(stream: TcpStream, peer: SocketAddr, why: &str) {
    tracing::debug!("refused a connection from {peer}: {why}");
    let _ = stream.try_write(REFUSAL);
}

/// Connections open per IP address.
struct PerIp {
    limit: usize,
    open: Mutex<HashMap<IpAddr, usize>>,
}

impl PerIp {
    fn new(limit: usize) -> Self {
        Self {
            limit,
            open: Mutex::new(HashMap::new()),
        }
    }

    /// A slot for one more connection from `ip`, or `None` if it has its limit already.
    fn take(self: &Arc<Self>, ip: IpAddr) -> Option<IpSlot> {
        let ip = client_of(ip);
        if self.limit == 0 {
            return Some(IpSlot { table: None, ip });
        }
        let mut open = self.open.lock().unwrap_or_else(|p| p.into_inner());
        let count = open.entry(ip).or_insert(0);
        if *count >= self.limit {
            return None;
        }
        *count += 1;
        Some(IpSlot {
            table: Some(self.clone()),
            ip,
        })
    }
}

/// The "address" a limit counts: an IPv4 address (also when it arrives IPv4-mapped on an IPv6
/// socket), or an IPv6 /64, since one IPv6 host is usually given a whole /64 to pick from.
fn client_of(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V4(_) => ip,
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => IpAddr::V6((u128::from(v6) & !u128::from(u64::MAX)).into()),
        },
    }
}

/// One connection's place in [`PerIp`], given back when the connection ends.
struct IpSlot {
    table: Option<Arc<PerIp>>,
    ip: IpAddr,
}

impl Drop for IpSlot {
    fn drop(&mut self) {
        let Some(table) = &self.table else { return };
        let mut open = table.open.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(count) = open.get_mut(&self.ip) {
            *count -= 1;
            if *count == 0 {
                open.remove(&self.ip);
            }
        }
    }
}

/// Completes on the first SIGTERM or SIGINT (Ctrl-C).
pub async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => tracing::info!("SIGINT received"),
        () = terminate => tracing::info!("SIGTERM received"),
    }
}

/// Where a connection is in its cycle of requests, shared by its [`Connection`] service (which
/// sees each request head arrive) and its [`Deadlines`] (which see the answer go out).
#[derive(Default)]
struct Phase(AtomicU8);

impl Phase {
    /// Waiting for a request head: from the connection's start, and from the moment an answer
    /// has been written out whole. The header timeout runs.
    const WAITING: u8 = 0;
    /// A head has been read; the application is answering it.
    const ANSWERING: u8 = 1;
    /// The answer is being written.
    const WRITING: u8 = 2;

    fn get(&self) -> u8 {
        self.0.load(Ordering::Relaxed)
    }

    fn set(&self, phase: u8) {
        self.0.store(phase, Ordering::Relaxed);
    }
}

/// A connection with its two time limits, on one timer:
///
/// - the header timeout: from the moment the server waits for a request (the connection's
///   start, or the end of writing the previous answer: idle keep-alive time counts) until its
///   head has been read, however the client spreads its bytes (slowloris); not while the
///   application answers, nor while the client reads an answer (hyper's own timeout, which
///   this replaces, boxed a timer per request, and kept running while a large answer was
///   still being written);
/// - the write timeout: writes fail once they have made no progress for that long (hyper has
///   none), so that a client that never reads does not hold its slot forever.
///
/// The timer is moved lazily: a new request only notes its deadline, and the timer, which may
/// be set earlier than the deadline it stands for (never later), is moved on when it fires
/// early. A busy keep-alive connection resets it about once per header timeout, not once per
/// request.
struct Deadlines<T> {
    io: T,
    phase: Arc<Phase>,
    header_timeout: Duration,
    write_timeout: Duration,
    /// When the awaited request head is late (while [`Phase::WAITING`]).
    head_by: Instant,
    /// When a write that found the socket full gives up; `None` while writes make progress.
    write_by: Option<Instant>,
    timer: Pin<Box<Sleep>>,
}

impl<T> Deadlines<T> {
    fn new(io: T, phase: Arc<Phase>, config: &ServerConfig) -> Self {
        let head_by = Instant::now() + config.header_read_timeout;
        Self {
            io,
            phase,
            header_timeout: config.header_read_timeout,
            write_timeout: config.write_timeout,
            head_by,
            write_by: None,
            timer: Box::pin(tokio::time::sleep_until(head_by)),
        }
    }

    /// Whether `deadline` has passed; if not, the task is woken when it does (or earlier).
    fn passed(&mut self, deadline: Instant, cx: &mut Context<'_>) -> bool {
        loop {
            let set_for = self.timer.deadline();
            if set_for > deadline {
                self.timer.as_mut().reset(deadline);
                continue;
            }
            match self.timer.as_mut().poll(cx) {
                Poll::Pending => return false,
                Poll::Ready(()) if set_for == deadline => return true,
                // Fired for an earlier deadline, since moved on.
                Poll::Ready(()) => self.timer.as_mut().reset(deadline),
            }
        }
    }

    /// A write (or flush) was tried: progress clears the write deadline, a full socket starts
    /// it or fails once it has passed.
    fn written<R>(
        &mut self,
        result: Poll<io::Result<R>>,
        cx: &mut Context<'_>,
    ) -> Poll<io::Result<R>> {
        if result.is_ready() {
            self.write_by = None;
            return result;
        }
        let write_by = *self
            .write_by
            .get_or_insert_with(|| Instant::now() + self.write_timeout);
        if self.passed(write_by, cx) {
            return Poll::Ready(Err(io::Error::new(
                io::ErrorKind::TimedOut,
                "the client read nothing of the answer in time",
            )));
        }
        Poll::Pending
    }

    /// hyper writes an answer whole (every body here is in memory) and then flushes: the
    /// first write after a head has been read begins the answer.
    fn writing(&self) {
        if self.phase.get() == Phase::ANSWERING {
            self.phase.set(Phase::WRITING);
        }
    }
}

impl<T: AsyncRead + Unpin> AsyncRead for Deadlines<T> {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        let result = Pin::new(&mut this.io).poll_read(cx, buf);
        // hyper also reads while it answers (to notice a client gone): not a wait for a head.
        if result.is_pending()
            && this.phase.get() == Phase::WAITING
            && this.passed(this.head_by, cx)
        {
            return Poll::Ready(Err(io::Error::new(
                io::ErrorKind::TimedOut,
                "the client sent no complete request head in time",
            )));
        }
        result
    }
}

impl<T: AsyncWrite + Unpin> AsyncWrite for Deadlines<T> {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        let this = self.get_mut();
        this.writing();
        let result = Pin::new(&mut this.io).poll_write(cx, buf);
        this.written(result, cx)
    }

    fn poll_write_vectored(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        let this = self.get_mut();
        this.writing();
        let result = Pin::new(&mut this.io).poll_write_vectored(cx, bufs);
        this.written(result, cx)
    }

    fn is_write_vectored(&self) -> bool {
        self.io.is_write_vectored()
    }

    /// hyper flushes once its buffer is all written: after a write, the answer is out, and
    /// the wait for the next request begins.
    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        let result = Pin::new(&mut this.io).poll_flush(cx);
        let result = this.written(result, cx);
        if matches!(result, Poll::Ready(Ok(()))) && this.phase.get() == Phase::WRITING {
            this.phase.set(Phase::WAITING);
            this.head_by = Instant::now() + this.header_timeout;
            // Arms the timer: hyper may not read again before the client sends something.
            let _ = this.passed(this.head_by, cx);
        }
        result
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        let result = Pin::new(&mut this.io).poll_shutdown(cx);
        this.written(result, cx)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_limit_counts_ipv4_hosts_and_ipv6_slash_64s() {
        let ip = |s: &str| s.parse::<IpAddr>().expect("an address");
        assert_eq!(client_of(ip("192.0.2.7")), ip("192.0.2.7"));
        assert_eq!(client_of(ip("::ffff:192.0.2.7")), ip("192.0.2.7"));
        assert_eq!(client_of(ip("2001:db8:1:2:aaaa::1")), ip("2001:db8:1:2::"));
        assert_eq!(
            client_of(ip("2001:db8:1:2:ffff:ffff:ffff:ffff")),
            client_of(ip("2001:db8:1:2::5"))
        );
        assert_ne!(
            client_of(ip("2001:db8:1:3::1")),
            client_of(ip("2001:db8:1:2::1"))
        );
    }

    #[test]
    fn slots_are_given_back_when_connections_end() {
        let table = Arc::new(PerIp::new(2));
        let host: IpAddr = [192, 0, 2, 1].into();
        let first = table.take(host).expect("one");
        let _second = table.take(host).expect("two");
        assert!(table.take(host).is_none(), "the third is over the limit");
        assert!(
            table.take([192, 0, 2, 2].into()).is_some(),
            "another host is not"
        );
        drop(first);
        assert!(table.take(host).is_some(), "a slot freed is free");
    }
}
