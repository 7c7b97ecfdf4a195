namespace ResourceHub.Bench;

/// <summary>One wrk case, as bench/http/post.lua writes it.</summary>
internal sealed record HttpResult(long Requests, double Seconds, double Rps, long SocketErrors, long Non2xx, long P50Us, long P99Us, long MaxUs, double MeanUs, double Load1);
