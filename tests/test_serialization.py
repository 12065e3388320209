"""ferrotensor.save / ferrotensor.load: safetensors round trips, structure, sharing, bad files."""

import io
import json
import math
import os
import pickle
import struct
import zipfile
from collections import OrderedDict

import numpy as np
import pytest
import safetensors.numpy as stn

import ferrotensor as torch
from ferrotensor import nn, optim

ALL_DTYPES = [
    torch.float32,
    torch.float64,
    torch.float16,
    torch.int64,
    torch.int32,
    torch.int16,
    torch.int8,
    torch.uint8,
    torch.bool,
]


def roundtrip(obj, **load_kwargs):
    buf = io.BytesIO()
    torch.save(obj, buf)
    buf.seek(0)
    return torch.load(buf, **load_kwargs)


def saved_bytes(obj):
    buf = io.BytesIO()
    torch.save(obj, buf)
    return buf.getvalue()


def assert_same_tensor(a, b):
    assert isinstance(b, torch.Tensor)
    assert b.dtype is a.dtype
    assert tuple(b.shape) == tuple(a.shape)
    np.testing.assert_array_equal(b.numpy(), a.detach().numpy())


# ------------------------------------------------------------ tensors


@pytest.mark.parametrize("dtype", ALL_DTYPES, ids=lambda d: d.name)
def test_save_load_every_dtype(dtype):
    rng = np.random.default_rng(0)
    vals = rng.integers(0, 2 if dtype is torch.bool else 100, size=(3, 4))
    t = torch.tensor(vals.tolist()).to(dtype)
    out = roundtrip(t)
    assert_same_tensor(t, out)
    assert not out.requires_grad


@pytest.mark.parametrize("dtype", ALL_DTYPES, ids=lambda d: d.name)
def test_save_load_zero_dim(dtype):
    t = torch.tensor(1).to(dtype)
    out = roundtrip(t)
    assert out.dim() == 0
    assert_same_tensor(t, out)


@pytest.mark.parametrize("shape", [(0,), (0, 3), (2, 0, 4)])
def test_save_load_empty(shape):
    t = torch.zeros(shape)
    out = roundtrip(t)
    assert_same_tensor(t, out)


def test_save_load_float_specials():
    t = torch.tensor([float("nan"), float("inf"), -float("inf"), -0.0, 1e-45])
    out = roundtrip(t)
    np.testing.assert_array_equal(out.numpy(), t.numpy())
    assert math.copysign(1.0, out[3].item()) == -1.0


def test_save_load_float16_values():
    t = torch.tensor([0.1, 65504.0, -2.5, 6e-8]).half()
    out = roundtrip(t)
    assert out.dtype is torch.float16
    np.testing.assert_array_equal(out.numpy(), t.numpy())


@pytest.mark.parametrize(
    "make",
    [
        lambda x: x.t(),
        lambda x: x[:, 1::2],
        lambda x: x.permute(1, 0)[1:],
        lambda x: x[1],
        lambda x: x.unsqueeze(0).expand(3, 3, 4),
    ],
    ids=["t", "step_slice", "permute_slice", "row", "expand"],
)
def test_save_load_non_contiguous(make):
    x = torch.arange(12.0).reshape(3, 4)
    v = make(x)
    out = roundtrip(v)
    assert_same_tensor(v, out)


def test_save_load_requires_grad_not_preserved():
    t = torch.ones(3, requires_grad=True)
    out = roundtrip(t)
    assert not out.requires_grad
    assert out.grad_fn is None


def test_save_load_parameter_loads_as_plain_tensor():
    p = nn.Parameter(torch.ones(2, 2))
    out = roundtrip({"w": p})["w"]
    assert type(out) is torch.Tensor
    assert not out.requires_grad
    assert_same_tensor(p, out)


# ------------------------------------------------------------ structures


def test_save_load_nested_structure():
    a, b = torch.randn(2, 3), torch.arange(4)
    obj = {
        "tensors": [a, (b, {"deep": [a, None]})],
        "ints": [0, -1, 2**62, 10**30],
        "floats": [0.5, -1e300, float("inf"), -float("inf")],
        "misc": (None, True, False, "text", "ünïcode"),
        7: "int key",
        (1, 2): "tuple key",
        None: "none key",
        "empty": [[], (), {}],
        "set": {1, 2, 3},
        "frozen": frozenset({"a"}),
        "dtype": torch.float16,
        "device": torch.device("cpu"),
        "size": torch.Size([2, 3]),
    }
    out = roundtrip(obj)
    assert type(out) is dict
    assert list(out.keys()) == list(obj.keys())
    assert_same_tensor(a, out["tensors"][0])
    assert isinstance(out["tensors"][1], tuple)
    assert_same_tensor(b, out["tensors"][1][0])
    assert out["tensors"][1][1]["deep"][1] is None
    assert out["ints"] == obj["ints"]
    assert out["floats"] == obj["floats"]
    assert out["misc"] == obj["misc"]
    assert type(out["misc"][1]) is bool
    assert out[7] == "int key"
    assert out[(1, 2)] == "tuple key"
    assert out[None] == "none key"
    assert out["empty"] == [[], (), {}]
    assert out["set"] == {1, 2, 3}
    assert out["frozen"] == frozenset({"a"})
    assert out["dtype"] is torch.float16
    assert out["device"] == torch.device("cpu")
    assert isinstance(out["size"], torch.Size)
    assert out["size"] == torch.Size([2, 3])


def test_save_load_nan_leaf():
    out = roundtrip([float("nan")])
    assert math.isnan(out[0])


def test_save_load_bare_scalars_and_containers():
    assert roundtrip(3) == 3
    assert roundtrip("s") == "s"
    assert roundtrip(None) is None
    assert roundtrip([]) == []
    assert roundtrip({}) == {}


def test_save_load_ordered_dict_kept():
    sd = OrderedDict([("z", torch.ones(1)), ("a", torch.zeros(1))])
    out = roundtrip(sd)
    assert type(out) is OrderedDict
    assert list(out) == ["z", "a"]


def test_save_load_numpy_scalar_leaves():
    out = roundtrip({"a": np.float32(1.5), "b": np.int64(3), "c": np.bool_(True)})
    assert out == {"a": 1.5, "b": 3, "c": True}


def test_save_rejects_unsupported_type_and_writes_nothing(tmp_path):
    path = tmp_path / "x.ft"
    with pytest.raises(TypeError, match=r"cannot save an object of type 'object' at 'a.b'"):
        torch.save({"a": {"b": object()}}, path)
    assert not path.exists()
    assert os.listdir(tmp_path) == []


def test_save_rejects_cycles():
    lst = [torch.ones(1)]
    lst.append(lst)
    with pytest.raises(ValueError, match="reference cycle"):
        torch.save(lst, io.BytesIO())


# ------------------------------------------------------------ sharing


def test_save_load_identical_tensor_stored_once():
    t = torch.randn(100)
    out = roundtrip({"a": t, "b": [t, t]})
    assert out["a"] is out["b"][0] is out["b"][1]
    arrays = stn.load(saved_bytes({"a": t, "b": [t, t]}))
    assert len(arrays) == 1


def test_save_load_views_share_storage():
    x = torch.arange(12.0).reshape(3, 4)
    obj = {"x": x, "row": x[1], "t": x.t(), "cols": x[:, 1::2]}
    out = roundtrip(obj)
    for k in obj:
        assert_same_tensor(obj[k], out[k])
    assert len(stn.load(saved_bytes(obj))) == 1
    out["x"].fill_(-1.0)
    assert (out["row"] == -1.0).all().item()
    assert (out["t"] == -1.0).all().item()
    assert (out["cols"] == -1.0).all().item()


def test_save_load_view_without_base_in_object():
    x = torch.arange(10.0)
    obj = [x[2:5], x[6:]]
    out = roundtrip(obj)
    assert_same_tensor(obj[0], out[0])
    assert_same_tensor(obj[1], out[1])
    out[0].fill_(0.0)
    assert out[1].tolist() == [6.0, 7.0, 8.0, 9.0]


def test_save_load_distinct_equal_tensors_stay_distinct():
    a, b = torch.ones(3), torch.ones(3)
    out = roundtrip([a, b])
    assert out[0] is not out[1]
    out[0].fill_(5.0)
    assert out[1].tolist() == [1.0, 1.0, 1.0]


# ------------------------------------------------------------ modules and optimizers


def make_mlp():
    return nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 3))


def test_load_state_dict_roundtrip_sequential(tmp_path):
    torch.manual_seed(0)
    src = make_mlp()
    path = tmp_path / "mlp.safetensors"
    torch.save(src.state_dict(), path)
    dst = make_mlp()
    result = dst.load_state_dict(torch.load(path))
    assert not result.missing_keys
    assert not result.unexpected_keys
    for (k1, v1), (k2, v2) in zip(src.state_dict().items(), dst.state_dict().items()):
        assert k1 == k2
        assert_same_tensor(v1, v2)
    x = torch.randn(5, 4)
    np.testing.assert_array_equal(src(x).detach().numpy(), dst(x).detach().numpy())


def test_state_dict_file_is_plain_safetensors_by_key(tmp_path):
    sd = make_mlp().state_dict()
    path = tmp_path / "mlp.safetensors"
    torch.save(sd, str(path))
    arrays = stn.load(path.read_bytes())
    assert set(arrays) == set(sd)
    for k, v in sd.items():
        np.testing.assert_array_equal(arrays[k], v.numpy())


def test_save_load_optimizer_state_dict():
    torch.manual_seed(0)
    model = make_mlp()
    opt = optim.Adam(model.parameters(), lr=1e-2)
    for _ in range(2):
        opt.zero_grad()
        model(torch.randn(6, 4)).pow(2).mean().backward()
        opt.step()
    sd = opt.state_dict()
    out = roundtrip(sd)
    assert out["param_groups"] == sd["param_groups"]
    assert set(out["state"]) == set(sd["state"])
    for idx, st in sd["state"].items():
        assert set(out["state"][idx]) == set(st)
        for name, val in st.items():
            if isinstance(val, torch.Tensor):
                assert_same_tensor(val, out["state"][idx][name])
            else:
                assert out["state"][idx][name] == val

    model2 = make_mlp()
    model2.load_state_dict(model.state_dict())
    opt2 = optim.Adam(model2.parameters(), lr=1e-2)
    opt2.load_state_dict(out)
    x = torch.randn(6, 4)
    for m, o in ((model, opt), (model2, opt2)):
        o.zero_grad()
        m(x).pow(2).mean().backward()
        o.step()
    for p1, p2 in zip(model.parameters(), model2.parameters()):
        np.testing.assert_allclose(p1.detach().numpy(), p2.detach().numpy(), rtol=1e-6)


# ------------------------------------------------------------ files and paths


def test_save_load_str_and_pathlike(tmp_path):
    t = torch.arange(5)
    torch.save(t, str(tmp_path / "a.ft"))
    torch.save(t, tmp_path / "b.ft")
    assert_same_tensor(t, torch.load(str(tmp_path / "a.ft")))
    assert_same_tensor(t, torch.load(tmp_path / "b.ft"))


def test_save_load_file_objects(tmp_path):
    t = torch.randn(2, 2)
    path = tmp_path / "f.ft"
    with open(path, "wb") as f:
        torch.save(t, f)
    with open(path, "rb") as f:
        assert_same_tensor(t, torch.load(f))


def test_save_load_two_objects_in_one_stream():
    buf = io.BytesIO()
    torch.save(torch.ones(1), buf)
    first = buf.getvalue()
    buf.seek(0)
    assert_same_tensor(torch.ones(1), torch.load(buf))
    assert buf.tell() == len(first)


def test_save_path_is_atomic_and_overwrites(tmp_path):
    path = tmp_path / "m.ft"
    torch.save({"v": 1}, path)
    torch.save({"v": 2}, path)
    assert torch.load(path) == {"v": 2}
    assert os.listdir(tmp_path) == ["m.ft"]


def test_save_failure_keeps_old_file(tmp_path, monkeypatch):
    path = tmp_path / "m.ft"
    torch.save({"v": 1}, path)
    before = path.read_bytes()

    def boom(*args):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError, match="disk full"):
        torch.save({"v": 2}, path)
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert os.listdir(tmp_path) == ["m.ft"]


def test_save_bad_target_type():
    with pytest.raises(TypeError, match="f must be a path or a binary file object"):
        torch.save(torch.ones(1), 123)


def test_load_text_mode_file_rejected(tmp_path):
    path = tmp_path / "a.ft"
    torch.save(torch.ones(1), path)
    with open(path, encoding="latin-1") as f, pytest.raises(TypeError, match="binary mode"):
        torch.load(f)


# ------------------------------------------------------------ map_location


def test_load_map_location_cpu_forms():
    t = torch.ones(2)
    for loc in ("cpu", torch.device("cpu"), {"cpu": "cpu"}, lambda s, loc: s):
        out = roundtrip(t, map_location=loc)
        assert out.device == torch.device("cpu")
        assert_same_tensor(t, out)


def test_load_map_location_callable_none_keeps_default():
    seen = []

    def fn(storage, location):
        seen.append(location)

    out = roundtrip(torch.ones(2), map_location=fn)
    assert seen == ["cpu"]
    assert out.device == torch.device("cpu")


def test_load_map_location_gpu(monkeypatch):
    if torch.cuda.is_available():
        out = roundtrip(torch.ones(2), map_location="cuda")
        assert out.device.type == "wgpu"
        assert out.cpu().tolist() == [1.0, 1.0]
    else:
        with pytest.raises(RuntimeError, match="no GPU is available; use map_location='cpu'"):
            roundtrip(torch.ones(2), map_location="gpu")


def test_load_saved_gpu_location_remapped_to_cpu():
    data = bytearray(saved_bytes(torch.ones(2)))
    # Rewrite the recorded device as if it had been saved from the GPU.
    n = struct.unpack("<Q", data[:8])[0]
    header = json.loads(data[8 : 8 + n])
    payload = json.loads(header["__metadata__"]["ferrotensor.structure"])
    payload["tensors"][0]["device"] = "wgpu:0"
    header["__metadata__"]["ferrotensor.structure"] = json.dumps(payload)
    arrays = stn.load(bytes(data))
    rebuilt = stn.save(arrays, metadata=header["__metadata__"])
    out = torch.load(io.BytesIO(rebuilt), map_location={"cuda:0": "cpu"})
    assert out.device == torch.device("cpu")
    out = torch.load(io.BytesIO(rebuilt), map_location="cpu")
    assert out.tolist() == [1.0, 1.0]


# ------------------------------------------------------------ bad files


def test_load_truncated_raises_and_leaves_file_position():
    data = saved_bytes({"w": torch.randn(10, 10)})
    for cut in (0, 4, 8, 20, len(data) // 2, len(data) - 1):
        buf = io.BytesIO(data[:cut])
        with pytest.raises(RuntimeError, match=r"ferrotensor.load: .*(too short|not a valid)"):
            torch.load(buf)
        assert buf.tell() == 0


def test_load_corrupted_header_raises():
    data = bytearray(saved_bytes({"w": torch.randn(4)}))
    data[10] = ord("!")
    with pytest.raises(RuntimeError, match="not a valid safetensors file"):
        torch.load(io.BytesIO(bytes(data)))


def test_load_corrupted_data_raises():
    data = bytearray(saved_bytes({"w": torch.randn(16)}))
    data[-3] ^= 0xFF
    with pytest.raises(RuntimeError, match="checksum mismatch"):
        torch.load(io.BytesIO(bytes(data)))


def test_load_random_bytes_raises():
    rng = np.random.default_rng(0)
    for _ in range(20):
        data = rng.integers(0, 256, size=int(rng.integers(0, 300)), dtype=np.uint8).tobytes()
        with pytest.raises(RuntimeError, match=r"ferrotensor\.load"):
            torch.load(io.BytesIO(data))


def test_load_pytorch_zip_checkpoint_raises(tmp_path):
    path = tmp_path / "model.pt"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("archive/data.pkl", pickle.dumps({"a": 1}))
        z.writestr("archive/version", "3\n")
    with pytest.raises(RuntimeError, match="PyTorch zip/pickle checkpoint"):
        torch.load(path)


def test_load_pickle_file_raises():
    data = pickle.dumps({"a": [1, 2, 3]}, protocol=2)
    with pytest.raises(RuntimeError, match="PyTorch zip/pickle checkpoint"):
        torch.load(io.BytesIO(data))


def test_load_json_file_raises():
    with pytest.raises(RuntimeError, match="not a valid safetensors file"):
        torch.load(io.BytesIO(b'{"hello": "world", "padding": 12345678}'))


def rebuild(obj, mutate):
    """Save obj, let mutate edit the structure payload, and return the re-signed bytes."""
    data = saved_bytes(obj)
    n = struct.unpack("<Q", data[:8])[0]
    meta = json.loads(data[8 : 8 + n])["__metadata__"]
    payload = json.loads(meta["ferrotensor.structure"])
    mutate(payload, meta)
    meta["ferrotensor.structure"] = json.dumps(payload)
    return stn.save(stn.load(data), metadata=meta)


@pytest.mark.parametrize(
    ("mutate", "msg"),
    [
        (lambda p, m: p["tensors"][0].update(offset=5), "reaches past its storage"),
        (lambda p, m: p["tensors"][0].update(shape=[100]), "reaches past its storage"),
        (lambda p, m: p["tensors"][0].update(stride=[-1]), "shape/stride"),
        (lambda p, m: p["tensors"][0].update(storage="nope"), "unknown storage"),
        (lambda p, m: p["storages"]["w"].update(dtype="int8"), "dtype"),
        (lambda p, m: p["storages"]["w"].update(shape=[2, 2]), "shape"),
        (lambda p, m: p.update(obj={"type": "tensor", "index": 9}), "tensor index"),
        (lambda p, m: p.update(obj={"type": "pickle", "items": []}), "unknown node type"),
        (lambda p, m: p.update(obj={"type": "float", "value": "1e5"}), "float"),
        (lambda p, m: p.update(obj={"type": "dict", "items": [[1]]}), "dict item"),
        (lambda p, m: p.pop("obj"), "no 'obj' entry"),
        (lambda p, m: p.pop("tensors"), "missing 'storages' or 'tensors'"),
        (lambda p, m: m.update({"ferrotensor.version": "99"}), "unsupported ferrotensor format"),
    ],
)
def test_load_corrupted_structure_raises(mutate, msg):
    data = rebuild({"w": torch.arange(4.0)}, mutate)
    with pytest.raises(RuntimeError, match=msg):
        torch.load(io.BytesIO(data))


def test_load_invalid_structure_json_raises():
    data = saved_bytes({"w": torch.arange(4.0)})
    n = struct.unpack("<Q", data[:8])[0]
    meta = json.loads(data[8 : 8 + n])["__metadata__"]
    meta["ferrotensor.structure"] = "{not json"
    bad = stn.save(stn.load(data), metadata=meta)
    with pytest.raises(RuntimeError, match="invalid JSON"):
        torch.load(io.BytesIO(bad))


def test_load_plain_safetensors_file():
    data = stn.save(
        {"b": np.arange(3, dtype=np.int32), "a": np.ones((2, 2), dtype=np.float16)},
        metadata={"format": "pt"},
    )
    out = torch.load(io.BytesIO(data))
    assert isinstance(out, OrderedDict)
    assert set(out) == {"a", "b"}
    assert out["a"].dtype is torch.float16
    assert out["b"].tolist() == [0, 1, 2]


# ------------------------------------------------------------ no pickle


def test_load_never_uses_pickle(monkeypatch, tmp_path):
    def forbidden(*args, **kwargs):
        raise AssertionError("pickle must not be used")

    obj = {"sd": make_mlp().state_dict(), "meta": [1, "x", (2.5, None)]}
    torch.save(obj, tmp_path / "a.ft")
    for name in ("loads", "load", "Unpickler"):
        monkeypatch.setattr(pickle, name, forbidden)
    out = torch.load(tmp_path / "a.ft", weights_only=False)
    assert out["meta"] == [1, "x", (2.5, None)]
    assert b"\x80\x04" not in (tmp_path / "a.ft").read_bytes()[:2]


def test_load_header_length_that_looks_like_pickle():
    # A header of 0x280 bytes starts the file with b"\x80\x02", a pickle's opening bytes.
    for pad in range(2000):
        data = saved_bytes({"s": "x" * pad, "w": torch.ones(2)})
        if data[0] == 0x80 and 2 <= data[1] <= 5:
            break
    else:
        pytest.fail("no padding gave a header length starting with 0x80")
    out = torch.load(io.BytesIO(data))
    assert out["s"] == "x" * pad
    assert out["w"].tolist() == [1.0, 1.0]
