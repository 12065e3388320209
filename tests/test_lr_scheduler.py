"""Learning-rate schedulers: rate sequences against closed forms and PyTorch's own values,
warnings, state_dict round trips and PyTorch's error messages."""

from __future__ import annotations

import math
import pickle
from bisect import bisect_right

import pytest

import ferrotensor as torch
from helpers import check_raises

S = torch.optim.lr_scheduler
STEPS = 30
BASES = (0.1, 0.05)

# Recorded once from PyTorch 2.15 (offline, by /work/torchvenv): get_last_lr() of both
# groups (lr 0.1 and 0.05) after construction and after each of 30 optimizer.step();
# scheduler.step() pairs, for the configurations in CONFIGS. Values are Python float reprs.
TORCH_LRS = {
    "StepLR": (
        "0.1 0.1 0.1 0.1 0.1 0.1 0.1 0.05 0.05 0.05 0.05 0.05 0.05 0.05 0.025 0.025 0.025 0.025 "
        "0.025 0.025 0.025 0.0125 0.0125 0.0125 0.0125 0.0125 0.0125 0.0125 0.00625 0.00625 "
        "0.00625 ",
        "0.05 0.05 0.05 0.05 0.05 0.05 0.05 0.025 0.025 0.025 0.025 0.025 0.025 0.025 0.0125 "
        "0.0125 0.0125 0.0125 0.0125 0.0125 0.0125 0.00625 0.00625 0.00625 0.00625 0.00625 "
        "0.00625 0.00625 0.003125 0.003125 0.003125 ",
    ),
    "MultiStepLR": (
        "0.1 0.1 0.1 0.03 0.03 0.03 0.03 0.03 0.03 0.03 0.0026999999999999997 "
        "0.0026999999999999997 0.0026999999999999997 0.0026999999999999997 "
        "0.0026999999999999997 0.0026999999999999997 0.0026999999999999997 "
        "0.0026999999999999997 0.0026999999999999997 0.0026999999999999997 "
        "0.0026999999999999997 0.0026999999999999997 0.0008099999999999998 "
        "0.0008099999999999998 0.0008099999999999998 0.0008099999999999998 "
        "0.0008099999999999998 0.0008099999999999998 0.0008099999999999998 "
        "0.0008099999999999998 0.0008099999999999998 ",
        "0.05 0.05 0.05 0.015 0.015 0.015 0.015 0.015 0.015 0.015 0.0013499999999999999 "
        "0.0013499999999999999 0.0013499999999999999 0.0013499999999999999 "
        "0.0013499999999999999 0.0013499999999999999 0.0013499999999999999 "
        "0.0013499999999999999 0.0013499999999999999 0.0013499999999999999 "
        "0.0013499999999999999 0.0013499999999999999 0.0004049999999999999 "
        "0.0004049999999999999 0.0004049999999999999 0.0004049999999999999 "
        "0.0004049999999999999 0.0004049999999999999 0.0004049999999999999 "
        "0.0004049999999999999 0.0004049999999999999 ",
    ),
    "ExponentialLR": (
        "0.1 0.09000000000000001 0.08100000000000002 0.07290000000000002 0.06561000000000002 "
        "0.05904900000000002 0.05314410000000002 0.04782969000000002 0.043046721000000024 "
        "0.03874204890000002 0.03486784401000002 0.03138105960900001 0.028242953648100012 "
        "0.025418658283290013 0.022876792454961013 0.020589113209464913 0.01853020188851842 "
        "0.01667718169966658 0.015009463529699923 0.013508517176729932 0.01215766545905694 "
        "0.010941898913151246 0.009847709021836121 0.00886293811965251 0.007976644307687259 "
        "0.007178979876918534 0.006461081889226681 0.005814973700304013 0.005233476330273611 "
        "0.00471012869724625 0.004239115827521626 ",
        "0.05 0.045000000000000005 0.04050000000000001 0.03645000000000001 0.03280500000000001 "
        "0.02952450000000001 0.02657205000000001 0.02391484500000001 0.021523360500000012 "
        "0.01937102445000001 0.01743392200500001 0.015690529804500006 0.014121476824050006 "
        "0.012709329141645007 0.011438396227480507 0.010294556604732457 0.00926510094425921 "
        "0.00833859084983329 0.007504731764849962 0.006754258588364966 0.00607883272952847 "
        "0.005470949456575623 0.0049238545109180605 0.004431469059826255 0.0039883221538436296 "
        "0.003589489938459267 0.0032305409446133403 0.0029074868501520064 0.0026167381651368057 "
        "0.002355064348623125 0.002119557913760813 ",
    ),
    "CosineAnnealingLR": (
        "0.1 0.09757729755661011 0.0905463412215599 0.07959536998847742 0.0657963412215599 "
        "0.0505 0.03520365877844011 0.02140463001152259 0.010453658778440109 "
        "0.0034227024433899004 0.001 0.0034227024433899004 0.01045365877844014 "
        "0.02140463001152267 0.035203658778440255 0.05050000000000022 0.06579634122156018 "
        "0.07959536998847777 0.09054634122156031 0.09757729755661054 0.10000000000000045 "
        "0.09757729755661054 0.09054634122156033 0.07959536998847778 0.0657963412215602 "
        "0.050500000000000225 0.03520365877844027 0.021404630011522683 0.010453658778440154 "
        "0.003422702443389916 0.001 ",
        "0.05 0.04880088464923127 0.045320916362186214 0.039900738681165594 0.03307091636218621 "
        "0.0255 0.01792908363781379 0.01109926131883441 0.005679083637813789 "
        "0.0021991153507687385 0.001 0.0021991153507687385 0.005679083637813806 "
        "0.011099261318834451 0.017929083637813863 0.025500000000000106 0.03307091636218635 "
        "0.03990073868116576 0.045320916362186416 0.04880088464923148 0.05000000000000022 "
        "0.04880088464923148 0.04532091636218642 0.03990073868116577 0.033070916362186356 "
        "0.02550000000000011 0.01792908363781387 0.011099261318834458 0.005679083637813813 "
        "0.0021991153507687463 0.001 ",
    ),
    "CosineAnnealingWarmRestarts": (
        "0.1 0.09140576474687263 0.06890576474687264 0.04109423525312737 0.01859423525312737 "
        "0.1 0.09779754323328192 0.09140576474687263 0.08145033635316129 0.06890576474687264 "
        "0.05500000000000001 0.04109423525312737 0.028549663646838717 0.01859423525312737 "
        "0.012202456766718092 0.1 0.0994459753267812 0.09779754323328192 0.09509529358847656 "
        "0.09140576474687263 0.08681980515339464 0.08145033635316129 0.07542957248827961 "
        "0.06890576474687264 0.0620395509268104 0.05500000000000001 0.04796044907318963 "
        "0.04109423525312737 0.034570427511720396 0.028549663646838717 0.023180194846605363 ",
        "0.05 0.04618033988749895 0.03618033988749895 0.023819660112501053 0.013819660112501053 "
        "0.05 0.04902113032590308 0.04618033988749895 0.04175570504584947 0.03618033988749895 "
        "0.03 0.023819660112501053 0.018244294954150538 0.013819660112501053 "
        "0.01097886967409693 0.05 0.04975376681190276 0.04902113032590308 0.04782013048376736 "
        "0.04618033988749895 0.044142135623730955 0.04175570504584947 0.03907980999479094 "
        "0.03618033988749895 0.03312868930080462 0.03 0.02687131069919539 0.023819660112501053 "
        "0.020920190005209068 0.018244294954150538 0.01585786437626905 ",
    ),
    "LambdaLR": (
        "0.1 0.05 0.03333333333333333 0.025 0.020000000000000004 0.016666666666666666 "
        "0.014285714285714285 0.0125 0.011111111111111112 0.010000000000000002 "
        "0.009090909090909092 0.008333333333333333 0.007692307692307693 0.007142857142857143 "
        "0.006666666666666667 0.00625 0.0058823529411764705 0.005555555555555556 "
        "0.005263157894736842 0.005000000000000001 0.004761904761904762 0.004545454545454546 "
        "0.004347826086956522 0.004166666666666667 0.004 0.0038461538461538464 "
        "0.003703703703703704 0.0035714285714285713 0.0034482758620689655 0.0033333333333333335 "
        "0.0032258064516129032 ",
        "0.05 0.0475 0.045125 0.04286875 0.0407253125 0.038689046874999994 0.03675459453124999 "
        "0.03491686480468749 0.03317102156445311 0.03151247048623045 0.029936846961918936 "
        "0.028440004613822983 0.027018004383131834 0.025667104163975243 0.02438374895577648 "
        "0.023164561507987652 0.02200633343258827 0.020906016760958854 0.019860715922910912 "
        "0.018867680126765363 0.017924296120427095 0.01702808131440574 0.01617667724868545 "
        "0.01536784338625118 0.01459945121693862 0.013869478656091689 0.013176004723287102 "
        "0.012517204487122747 0.011891344262766609 0.011296777049628278 0.010731938197146865 ",
    ),
    "OneCycleLR": (
        "0.040000000000000036 0.07653782439458245 0.1805887450304573 0.33631195246475687 0.52 "
        "0.703688047535243 0.8594112549695427 0.9634621756054176 1.0 0.9944154354509117 "
        "0.9777864917474588 0.9504846320134737 0.9131197346804488 0.8665264698111694 "
        "0.8117456539497631 0.750001 0.6826717815011489 0.6112620219362893 0.537366897333025 "
        "0.46263710266697505 0.38874197806371075 0.31733221849885124 0.2500030000000001 "
        "0.18825834605023697 0.1334775301888306 0.08688426531955129 0.049519367986526286 "
        "0.02221750825254118 0.005588564549088188 4e-06 0.005588564549088188 ",
        "0.020000000000000018 0.03826891219729123 0.09029437251522865 0.16815597623237843 0.26 "
        "0.3518440237676215 0.42970562748477137 0.4817310878027088 0.5 0.49720771772545586 "
        "0.4888932458737294 0.47524231600673683 0.4565598673402244 0.4332632349055847 "
        "0.40587282697488153 0.3750005 0.34133589075057447 0.30563101096814466 "
        "0.2686834486665125 0.23131855133348753 0.19437098903185537 0.15866610924942562 "
        "0.12500150000000004 0.09412917302511849 0.0667387650944153 0.043442132659775645 "
        "0.024759683993263143 0.01110875412627059 0.002794282274544094 2e-06 "
        "0.002794282274544094 ",
    ),
    "OneCycleLR_momentum": (
        "0.95 0.9461939766255643 0.9353553390593273 0.9191341716182544 0.8999999999999999 "
        "0.8808658283817454 0.8646446609406726 0.8538060233744357 0.85 0.8505584586887436 "
        "0.8522213597106929 0.854951556604879 0.8586880612842003 0.8633474064085087 "
        "0.8688255099070633 0.875 0.8817329487816802 0.8888739533021842 0.8962634953206787 "
        "0.9037365046793212 0.9111260466978157 0.9182670512183198 0.9249999999999999 "
        "0.9311744900929366 0.9366525935914912 0.9413119387157997 0.945048443395121 "
        "0.947778640289307 0.9494415413112564 0.95 0.9494415413112564 "
    ),
    "OneCycleLR3": (
        "0.04 0.1876923076923077 0.3353846153846154 0.48307692307692307 0.6307692307692309 "
        "0.7784615384615385 0.9261538461538462 0.9261538461538461 0.7784615384615384 "
        "0.6307692307692307 0.48307692307692307 0.3353846153846154 0.1876923076923077 "
        "0.040000000000000036 0.03750025 0.035000500000000004 0.03250075 0.030001 "
        "0.027501249999999998 0.0250015 0.02250175 0.020002 0.017502249999999997 "
        "0.015002499999999998 0.01250275 0.010002999999999998 0.007503249999999996 "
        "0.005003500000000001 0.002503749999999999 3.9999999999970615e-06 -0.002495750000000005 ",
        "0.04 0.1876923076923077 0.3353846153846154 0.48307692307692307 0.6307692307692309 "
        "0.7784615384615385 0.9261538461538462 0.9261538461538461 0.7784615384615384 "
        "0.6307692307692307 0.48307692307692307 0.3353846153846154 0.1876923076923077 "
        "0.040000000000000036 0.03750025 0.035000500000000004 0.03250075 0.030001 "
        "0.027501249999999998 0.0250015 0.02250175 0.020002 0.017502249999999997 "
        "0.015002499999999998 0.01250275 0.010002999999999998 0.007503249999999996 "
        "0.005003500000000001 0.002503749999999999 3.9999999999970615e-06 -0.002495750000000005 ",
    ),
    "OneCycleLR3_momentum": (
        "0.95 0.9346153846153846 0.9192307692307692 0.9038461538461539 0.8884615384615384 "
        "0.8730769230769231 0.8576923076923076 0.8576923076923076 0.8730769230769231 "
        "0.8884615384615384 0.9038461538461539 0.9192307692307692 0.9346153846153846 0.95 0.95 "
        "0.95 0.95 0.95 0.95 0.95 0.95 0.95 0.95 0.95 0.95 0.95 0.95 0.95 0.95 0.95 0.95 "
    ),
    "LinearLR": (
        "0.025 0.033125 0.04125 0.049375 0.0575 0.065625 0.07375000000000001 0.081875 "
        "0.09000000000000001 0.09000000000000001 0.09000000000000001 0.09000000000000001 "
        "0.09000000000000001 0.09000000000000001 0.09000000000000001 0.09000000000000001 "
        "0.09000000000000001 0.09000000000000001 0.09000000000000001 0.09000000000000001 "
        "0.09000000000000001 0.09000000000000001 0.09000000000000001 0.09000000000000001 "
        "0.09000000000000001 0.09000000000000001 0.09000000000000001 0.09000000000000001 "
        "0.09000000000000001 0.09000000000000001 0.09000000000000001 ",
        "0.0125 0.0165625 0.020625 0.0246875 0.02875 0.0328125 0.036875000000000005 0.0409375 "
        "0.045000000000000005 0.045000000000000005 0.045000000000000005 0.045000000000000005 "
        "0.045000000000000005 0.045000000000000005 0.045000000000000005 0.045000000000000005 "
        "0.045000000000000005 0.045000000000000005 0.045000000000000005 0.045000000000000005 "
        "0.045000000000000005 0.045000000000000005 0.045000000000000005 0.045000000000000005 "
        "0.045000000000000005 0.045000000000000005 0.045000000000000005 0.045000000000000005 "
        "0.045000000000000005 0.045000000000000005 0.045000000000000005 ",
    ),
    "SequentialLR": (
        "0.010000000000000002 0.028000000000000004 0.046000000000000006 0.064 0.082 0.1 "
        "0.0993844170297569 0.09755282581475769 0.0945503262094184 0.0904508497187474 "
        "0.08535533905932739 0.07938926261462367 0.07269952498697735 0.06545084971874739 "
        "0.05782172325201156 0.05000000000000001 0.04217827674798848 0.03454915028125264 "
        "0.027300475013022667 0.020610737385376353 0.014644660940672629 0.009549150281252633 "
        "0.005449673790581611 0.0024471741852423235 0.0006155829702431171 0.0 "
        "0.0006155829702431115 0.0024471741852423123 0.005449673790581605 0.009549150281252621 "
        "0.014644660940672615 ",
        "0.005000000000000001 0.014000000000000002 0.023000000000000003 0.032 0.041 0.05 "
        "0.04969220851487845 0.048776412907378844 0.0472751631047092 0.0452254248593737 "
        "0.042677669529663696 0.03969463130731184 0.036349762493488674 0.03272542485937369 "
        "0.02891086162600578 0.025000000000000005 0.02108913837399424 0.01727457514062632 "
        "0.013650237506511334 0.010305368692688176 0.007322330470336314 0.004774575140626317 "
        "0.0027248368952908055 0.0012235870926211618 0.00030779148512155856 0.0 "
        "0.00030779148512155574 0.0012235870926211561 0.0027248368952908024 "
        "0.004774575140626311 0.007322330470336307 ",
    ),
}
PLATEAU = [
    [0.1, 0.05],
    [0.1, 0.05],
    [0.1, 0.05],
    [0.1, 0.05],
    [0.05, 0.025],
    [0.05, 0.025],
    [0.05, 0.025],
    [0.05, 0.025],
    [0.025, 0.02],
    [0.025, 0.02],
    [0.025, 0.02],
    [0.025, 0.02],
    [0.0125, 0.02],
    [0.0125, 0.02],
    [0.0125, 0.02],
    [0.0125, 0.02],
    [0.01, 0.02],
    [0.01, 0.02],
    [0.01, 0.02],
    [0.01, 0.02],
    [0.01, 0.02],
    [0.01, 0.02],
    [0.01, 0.02],
    [0.01, 0.02],
    [0.01, 0.02],
]


def _cawr(base, e, T_0=5, T_mult=2, eta_min=0.01):
    T_i, T_cur = T_0, e
    while T_cur >= T_i:
        T_cur -= T_i
        T_i *= T_mult
    return eta_min + (base - eta_min) * (1 + math.cos(math.pi * T_cur / T_i)) / 2


def _cos_anneal(start, end, pct):
    return end + (start - end) / 2 * (math.cos(math.pi * pct) + 1)


def _lin_anneal(start, end, pct):
    return start + (end - start) * pct


def _one_cycle(e, top, total=30, pct=0.3):
    start = top / 25
    low = start / 1e4
    up = pct * total - 1
    if e <= up:
        return _cos_anneal(start, top, e / up)
    return _cos_anneal(top, low, (e - up) / (total - 1 - up))


def _one_cycle_momentum(e, total=30, pct=0.3):
    up = pct * total - 1
    if e <= up:
        return _cos_anneal(0.95, 0.85, e / up)
    return _cos_anneal(0.85, 0.95, (e - up) / (total - 1 - up))


def _three_phase(e, top=1.0, total=30, pct=0.25):
    start = top / 25
    ends = [pct * total - 1, 2 * pct * total - 2, total - 1]
    points = [(start, top), (top, start), (start, start / 1e4)]
    lo = 0.0
    for i, (end, (a, b)) in enumerate(zip(ends, points)):
        if e <= end or i == 2:
            return _lin_anneal(a, b, (e - lo) / (end - lo))
        lo = end
    raise AssertionError


def _three_phase_momentum(e, total=30, pct=0.25):
    ends = [pct * total - 1, 2 * pct * total - 2, total - 1]
    points = [(0.95, 0.85), (0.85, 0.95), (0.95, 0.95)]
    lo = 0.0
    for i, (end, (a, b)) in enumerate(zip(ends, points)):
        if e <= end or i == 2:
            return _lin_anneal(a, b, (e - lo) / (end - lo))
        lo = end
    raise AssertionError


LAMBDAS = [lambda e: 1 / (1 + e), lambda e: 0.95**e]

# name -> (build(optimizer), closed form (group index, base lr, epoch) -> lr)
CONFIGS = {
    "StepLR": (
        lambda o: S.StepLR(o, step_size=7, gamma=0.5),
        lambda i, b, e: b * 0.5 ** (e // 7),
    ),
    "MultiStepLR": (
        lambda o: S.MultiStepLR(o, milestones=[3, 10, 10, 22], gamma=0.3),
        lambda i, b, e: b * 0.3 ** bisect_right([3, 10, 10, 22], e),
    ),
    "ExponentialLR": (
        lambda o: S.ExponentialLR(o, gamma=0.9),
        lambda i, b, e: b * 0.9**e,
    ),
    "CosineAnnealingLR": (
        lambda o: S.CosineAnnealingLR(o, T_max=10, eta_min=0.001),
        lambda i, b, e: 0.001 + (b - 0.001) * (1 + math.cos(math.pi * e / 10)) / 2,
    ),
    "CosineAnnealingWarmRestarts": (
        lambda o: S.CosineAnnealingWarmRestarts(o, T_0=5, T_mult=2, eta_min=0.01),
        lambda i, b, e: _cawr(b, e),
    ),
    "LambdaLR": (
        lambda o: S.LambdaLR(o, LAMBDAS),
        lambda i, b, e: b * LAMBDAS[i](e),
    ),
    "OneCycleLR": (
        lambda o: S.OneCycleLR(o, max_lr=[1.0, 0.5], total_steps=30),
        lambda i, b, e: _one_cycle(e, [1.0, 0.5][i]),
    ),
    "OneCycleLR3": (
        lambda o: S.OneCycleLR(
            o,
            max_lr=1.0,
            total_steps=30,
            three_phase=True,
            anneal_strategy="linear",
            pct_start=0.25,
        ),
        lambda i, b, e: _three_phase(e),
    ),
    "LinearLR": (
        lambda o: S.LinearLR(o, start_factor=0.25, end_factor=0.9, total_iters=8),
        lambda i, b, e: b * (0.25 + 0.65 * min(e, 8) / 8),
    ),
    "SequentialLR": (
        lambda o: S.SequentialLR(
            o,
            [S.LinearLR(o, start_factor=0.1, total_iters=5), S.CosineAnnealingLR(o, T_max=20)],
            milestones=[5],
        ),
        lambda i, b, e: (
            b * (0.1 + 0.9 * e / 5) if e < 5 else b * (1 + math.cos(math.pi * (e - 5) / 20)) / 2
        ),
    ),
}


def _optimizer(kind="SGD"):
    a = torch.zeros(1, requires_grad=True)
    b = torch.zeros(1, requires_grad=True)
    groups = [{"params": [a]}, {"params": [b], "lr": BASES[1]}]
    if kind == "SGD":
        return torch.optim.SGD(groups, lr=BASES[0], momentum=0.9)
    return torch.optim.Adam(groups, lr=BASES[0])


def _run(opt, sched, steps=STEPS):
    """Rates after construction and after each of ``steps`` steps, and group 0's momentum."""
    lrs = [list(sched.get_last_lr())]
    moms = [_momentum(opt)]
    for _ in range(steps):
        opt.step()
        sched.step()
        lrs.append(list(sched.get_last_lr()))
        moms.append(_momentum(opt))
    return lrs, moms


def _momentum(opt):
    g = opt.param_groups[0]
    return g["momentum"] if "momentum" in g else g["betas"][0]


def _floats(text):
    return [float(x) for x in text.split()]


@pytest.mark.parametrize("name", sorted(CONFIGS))
def test_sequence_matches_closed_form(name):
    build, closed = CONFIGS[name]
    opt = _optimizer("Adam" if name == "OneCycleLR3" else "SGD")
    lrs, _ = _run(opt, build(opt))
    for e, got in enumerate(lrs):
        want = [closed(i, b, e) for i, b in enumerate(BASES)]
        assert got == pytest.approx(want, rel=1e-12, abs=1e-15), f"epoch {e}"
    assert lrs[-1] == [g["lr"] for g in opt.param_groups]


@pytest.mark.parametrize("name", sorted(CONFIGS))
def test_sequence_matches_pytorch(name):
    build, _ = CONFIGS[name]
    opt = _optimizer("Adam" if name == "OneCycleLR3" else "SGD")
    lrs, moms = _run(opt, build(opt))
    for i in range(2):
        assert [lr[i] for lr in lrs] == _floats(TORCH_LRS[name][i]), f"group {i}"
    if name.startswith("OneCycle"):
        assert moms == _floats(TORCH_LRS[name + "_momentum"])


def test_one_cycle_momentum_closed_form():
    opt = _optimizer("SGD")
    _, moms = _run(opt, S.OneCycleLR(opt, max_lr=[1.0, 0.5], total_steps=30))
    assert moms == pytest.approx([_one_cycle_momentum(e) for e in range(31)], rel=1e-12)
    opt = _optimizer("Adam")
    sched = S.OneCycleLR(
        opt, max_lr=1.0, total_steps=30, three_phase=True, anneal_strategy="linear",
        pct_start=0.25,
    )  # fmt: skip
    _, moms = _run(opt, sched)
    assert moms == pytest.approx([_three_phase_momentum(e) for e in range(31)], rel=1e-12)
    assert opt.param_groups[0]["betas"][1] == 0.999
    assert opt.param_groups[1]["max_momentum"] == 0.95
    assert opt.param_groups[1]["base_momentum"] == 0.85


def test_one_cycle_from_epochs_and_steps_per_epoch():
    opt = _optimizer()
    sched = S.OneCycleLR(opt, max_lr=1.0, epochs=3, steps_per_epoch=10)
    assert sched.total_steps == 30
    assert opt.param_groups[0]["initial_lr"] == 0.04
    assert opt.param_groups[0]["min_lr"] == 0.04 / 1e4


def test_one_cycle_stepping_past_the_end_raises():
    opt = _optimizer()
    sched = S.OneCycleLR(opt, max_lr=1.0, total_steps=3)
    for _ in range(3):
        opt.step()
        sched.step()
    opt.step()
    check_raises(
        sched.step, ValueError, "Tried to step 4 times. The specified number of total steps is 3"
    )


def test_chained_schedulers_multiply():
    opt = _optimizer()
    a = S.ExponentialLR(opt, gamma=0.9)
    b = S.StepLR(opt, step_size=3, gamma=0.5)
    for e in range(1, 13):
        opt.step()
        a.step()
        b.step()
        want = [base * 0.9**e * 0.5 ** (e // 3) for base in BASES]
        assert [g["lr"] for g in opt.param_groups] == pytest.approx(want, rel=1e-12)


def test_cosine_annealing_follows_lr_changed_by_hand():
    opt = _optimizer()
    sched = S.CosineAnnealingLR(opt, T_max=10)
    opt.step()
    sched.step()
    opt.param_groups[0]["lr"] = 1.0  # the chainable form scales from the current rate
    opt.step()
    sched.step()
    ratio = (1 + math.cos(math.pi * 2 / 10)) / (1 + math.cos(math.pi / 10))
    assert opt.param_groups[0]["lr"] == pytest.approx(ratio)


def test_cosine_annealing_warm_restarts_fractional_epochs():
    opt = _optimizer()
    sched = S.CosineAnnealingWarmRestarts(opt, T_0=5, T_mult=2, eta_min=0.01)
    for k in range(1, 60):
        e = k / 4
        sched.step(e)
        assert sched.get_last_lr() == pytest.approx([_cawr(b, e) for b in BASES], rel=1e-12)
        assert sched.last_epoch == math.floor(e)
    sched = S.CosineAnnealingWarmRestarts(opt, T_0=4)
    sched.step(9.5)
    assert sched.T_cur == pytest.approx(1.5)
    check_raises(lambda: sched.step(-1), ValueError, "Expected non-negative epoch, but got -1")


# ---- the scheduler base: initial_lr, last_epoch, warnings ----


def test_initial_lr_and_base_lrs():
    opt = _optimizer()
    sched = S.StepLR(opt, step_size=2)
    assert [g["initial_lr"] for g in opt.param_groups] == list(BASES)
    assert sched.base_lrs == list(BASES)
    assert sched.last_epoch == 0
    assert sched.get_last_lr() == list(BASES)
    opt.param_groups[0]["lr"] = 0.5  # a second scheduler keeps the recorded initial_lr
    S.ExponentialLR(opt, gamma=0.5)
    assert opt.param_groups[0]["initial_lr"] == 0.1


def test_resume_with_last_epoch():
    opt = _optimizer()
    sched = S.StepLR(opt, step_size=3, gamma=0.5, last_epoch=-1)
    for _ in range(5):
        opt.step()
        sched.step()
    again = S.StepLR(opt, step_size=3, gamma=0.5, last_epoch=5)
    assert again.last_epoch == 6
    assert again.base_lrs == list(BASES)


def test_resume_without_initial_lr_raises():
    check_raises(
        lambda: S.StepLR(_optimizer(), step_size=3, last_epoch=4),
        KeyError,
        "param 'initial_lr' is not specified in param_groups[0] when resuming scheduler with "
        "last_epoch >= 0.\nThis typically happens when:\n1. You're trying to resume training "
        "from a checkpoint but haven't properly loaded the optimizer state\n2. You're using "
        "last_epoch >= 0 for a fresh training run (not recommended)",
    )


STEP_ORDER = (
    "Detected call of `lr_scheduler.step()` before `optimizer.step()`. In PyTorch 1.1.0 and "
    "later, you should call them in the opposite order: `optimizer.step()` before "
    "`lr_scheduler.step()`.  Failure to do this will result in PyTorch skipping the first value "
    "of the learning rate schedule. See more details at "
    "https://pytorch.org/docs/stable/optim.html#how-to-adjust-learning-rate"
)


def test_scheduler_step_before_optimizer_step_warns():
    opt = _optimizer()
    sched = S.ExponentialLR(opt, gamma=0.5)
    with pytest.warns(UserWarning, match="Detected call of") as rec:
        sched.step()
    assert [str(w.message) for w in rec] == [STEP_ORDER]
    assert sched.get_last_lr() == [0.05, 0.025]
    opt.step()
    sched.step()  # warned once only


def test_user_optimizer_subclass_counts_as_stepped():
    class Plain(torch.optim.Optimizer):
        def __init__(self, params):
            super().__init__(params, {"lr": 0.1})

        def step(self, closure=None):
            return None

    opt = Plain([torch.zeros(1, requires_grad=True)])
    sched = S.StepLR(opt, step_size=1)
    opt.step()
    sched.step()  # no warning: the subclass's step is tracked too
    assert sched.get_last_lr() == [pytest.approx(0.01)]


def test_get_lr_outside_step_warns():
    opt = _optimizer()
    sched = S.StepLR(opt, step_size=2)
    with pytest.warns(UserWarning, match="please use `get_last_lr") as rec:
        sched.get_lr()
    assert str(rec[0].message) == (
        "To get the last learning rate computed by the scheduler, please use `get_last_lr()`."
    )


def test_step_with_epoch_warns_and_uses_closed_form():
    opt = _optimizer()
    sched = S.StepLR(opt, step_size=3, gamma=0.5)
    opt.step()
    with pytest.warns(UserWarning, match="The epoch parameter") as rec:
        sched.step(7)
    assert str(rec[0].message).startswith(
        "The epoch parameter in `scheduler.step()` was not necessary and is being deprecated"
    )
    assert sched.get_last_lr() == [0.025, 0.0125]
    assert sched.last_epoch == 7


# ---- state_dict ----


def test_state_dict_keys_match_pytorch():
    opt = _optimizer()
    sched = S.StepLR(opt, step_size=3)
    # Recorded from PyTorch 2.15: StepLR(SGD(...), 3).state_dict() right after construction.
    assert sched.state_dict() == {
        "step_size": 3, "gamma": 0.1, "base_lrs": [0.1, 0.05], "last_epoch": 0,
        "_step_count": 1, "_is_initial": False, "_get_lr_called_within_step": False,
        "_last_lr": [0.1, 0.05],
    }  # fmt: skip


@pytest.mark.parametrize("name", sorted(CONFIGS))
def test_state_dict_round_trip(name):
    build, _ = CONFIGS[name]
    kind = "Adam" if name == "OneCycleLR3" else "SGD"
    opt = _optimizer(kind)
    sched = build(opt)
    for _ in range(12):
        opt.step()
        sched.step()
    saved = pickle.loads(pickle.dumps((opt.state_dict(), sched.state_dict())))
    rest, _ = _run(opt, sched, 10)

    opt2 = _optimizer(kind)
    sched2 = build(opt2)
    opt2.load_state_dict(saved[0])
    sched2.load_state_dict(saved[1])
    rest2, _ = _run(opt2, sched2, 10)
    assert rest2 == rest


def test_lambda_lr_state_keeps_callable_objects():
    class Decay:
        def __init__(self, rate):
            self.rate = rate

        def __call__(self, e):
            return self.rate**e

    opt = _optimizer()
    sched = S.LambdaLR(opt, [Decay(0.5), lambda e: 1.0])
    state = sched.state_dict()
    assert state["lr_lambdas"] == [{"rate": 0.5}, None]
    other = S.LambdaLR(_optimizer(), [Decay(0.9), lambda e: 1.0])
    other.load_state_dict(state)
    assert other.lr_lambdas[0].rate == 0.5
    assert "lr_lambdas" in state


def test_sequential_lr_state_nests_its_schedulers():
    opt = _optimizer()
    seq = CONFIGS["SequentialLR"][0](opt)
    state = seq.state_dict()
    assert len(state["_schedulers"]) == 2
    assert state["_schedulers"][0]["start_factor"] == 0.1
    assert state["_milestones"] == [5]
    assert "optimizer" not in state


# ---- ReduceLROnPlateau ----

PLATEAU_METRICS = [1.0, 0.9, 0.95, 0.95, 0.95, 0.8, 0.8, 0.8, 0.8, 0.8, 0.8, 0.8, 0.8, 0.79999]
PLATEAU_METRICS += [0.8] * 11


def test_reduce_on_plateau_matches_pytorch():
    opt = _optimizer()
    sched = S.ReduceLROnPlateau(opt, patience=2, cooldown=1, factor=0.5, min_lr=[0.01, 0.02])
    got = []
    for m in PLATEAU_METRICS:
        opt.step()
        sched.step(m)
        got.append(sched.get_last_lr())
    assert got == PLATEAU


def test_reduce_on_plateau_max_mode_abs_threshold():
    opt = _optimizer()
    sched = S.ReduceLROnPlateau(opt, mode="max", threshold_mode="abs", threshold=0.1, patience=0)
    got = []
    for m in [1, 1.05, 1.2, 1.25, 1.4, 1.45, 1.6]:
        sched.step(torch.tensor(float(m)))
        got.append(sched.get_last_lr()[0])
    # Improvements count only when they beat the best by more than 0.1 (PyTorch 2.15's values).
    assert got == [
        0.1, 0.010000000000000002, 0.010000000000000002, 0.0010000000000000002,
        0.0010000000000000002, 0.00010000000000000003, 0.00010000000000000003,
    ]  # fmt: skip
    assert sched.best == 1.600000023841858  # float32(1.6), read from the tensor metric


def test_reduce_on_plateau_skips_tiny_reductions():
    opt = _optimizer()
    sched = S.ReduceLROnPlateau(opt, patience=0, min_lr=0.1 - 1e-9)
    sched.step(1.0)
    sched.step(1.0)
    assert opt.param_groups[0]["lr"] == 0.1  # 1e-9 < eps: not applied
    assert opt.param_groups[1]["lr"] == 0.05


def test_reduce_on_plateau_state_dict_round_trip():
    opt = _optimizer()
    sched = S.ReduceLROnPlateau(opt, mode="max", patience=1)
    for m in [1.0, 2.0, 1.0]:
        sched.step(m)
    state = sched.state_dict()
    assert "optimizer" not in state
    assert state["best"] == 2.0
    other = S.ReduceLROnPlateau(_optimizer())
    other.load_state_dict(state)
    assert other.mode == "max"
    assert other.num_bad_epochs == 1
    assert other._is_better(3.0, 2.0)


# ---- errors ----

OPT = _optimizer()

ERRORS = [
    (lambda: S.StepLR(object(), 3), TypeError, "object is not an Optimizer"),
    (lambda: S.ReduceLROnPlateau([1]), TypeError, "list is not an Optimizer"),
    (lambda: S.LambdaLR(OPT, [lambda e: 1.0]), ValueError, "Expected 2 lr_lambdas, but got 1"),
    (lambda: S.LinearLR(OPT, start_factor=0), ValueError,
     "Starting multiplicative factor expected to be greater than 0 and less or equal to 1."),
    (lambda: S.LinearLR(OPT, end_factor=1.5), ValueError,
     "Ending multiplicative factor expected to be between 0 and 1."),
    (lambda: S.CosineAnnealingWarmRestarts(OPT, T_0=0), ValueError,
     "Expected positive integer T_0, but got 0"),
    (lambda: S.CosineAnnealingWarmRestarts(OPT, T_0=2.5), ValueError,
     "Expected positive integer T_0, but got 2.5"),
    (lambda: S.CosineAnnealingWarmRestarts(OPT, T_0=2, T_mult=0), ValueError,
     "Expected integer T_mult >= 1, but got 0"),
    (lambda: S.CosineAnnealingWarmRestarts(OPT, T_0=2, eta_min="0"), ValueError,
     "Expected float or int eta_min, but got 0 of type <class 'str'>"),
    (lambda: S.OneCycleLR(OPT, max_lr=1.0), ValueError,
     "You must define either total_steps OR (epochs AND steps_per_epoch)"),
    (lambda: S.OneCycleLR(OPT, max_lr=1.0, total_steps=0), ValueError,
     "Expected positive integer total_steps, but got 0"),
    (lambda: S.OneCycleLR(OPT, max_lr=1.0, epochs=0, steps_per_epoch=2), ValueError,
     "Expected positive integer epochs, but got 0"),
    (lambda: S.OneCycleLR(OPT, max_lr=1.0, epochs=2, steps_per_epoch=1.5), ValueError,
     "Expected positive integer steps_per_epoch, but got 1.5"),
    (lambda: S.OneCycleLR(OPT, max_lr=1.0, total_steps=10, pct_start=1.5), ValueError,
     "Expected float between 0 and 1 pct_start, but got 1.5"),
    (lambda: S.OneCycleLR(OPT, max_lr=1.0, total_steps=10, anneal_strategy="exp"), ValueError,
     "anneal_strategy must be one of 'cos' or 'linear', instead got exp"),
    (lambda: S.OneCycleLR(OPT, max_lr=[1.0], total_steps=10), ValueError,
     "max_lr must have the same length as optimizer.param_groups. max_lr has 1 values, "
     "param_groups has 2."),
    (lambda: S.OneCycleLR(torch.optim.Adagrad([torch.zeros(1, requires_grad=True)]), max_lr=1.0,
                          total_steps=10), ValueError,
     "optimizer must support momentum or beta1 with `cycle_momentum` option enabled"),
    (lambda: S.ReduceLROnPlateau(OPT, factor=1.0), ValueError, "Factor should be < 1.0."),
    (lambda: S.ReduceLROnPlateau(OPT, mode="avg"), ValueError, "mode avg is unknown!"),
    (lambda: S.ReduceLROnPlateau(OPT, threshold_mode="x"), ValueError,
     "threshold mode x is unknown!"),
    (lambda: S.ReduceLROnPlateau(OPT, min_lr=[0.1]), ValueError, "expected 2 min_lrs, got 1"),
    (lambda: S.SequentialLR(OPT, [], milestones=[]), ValueError,
     "SequentialLR expects at least one scheduler, but got no scheduler."),
    (lambda: S.SequentialLR(OPT, [S.StepLR(OPT, 2), 3], milestones=[2]), TypeError,
     "SequentialLR at index 1 should have `optimizer` as its attribute."),
    (lambda: S.SequentialLR(OPT, [S.ReduceLROnPlateau(OPT)], milestones=[]), ValueError,
     "SequentialLR does not support `ReduceLROnPlateau` scheduler as it requires additional "
     "kwargs to be specified when calling `step`, but got one at index 0 in the given "
     "schedulers sequence."),
    (lambda: S.SequentialLR(OPT, [S.StepLR(OPT, 2), S.StepLR(OPT, 3)], milestones=[]),
     ValueError,
     "Sequential Schedulers expects number of schedulers provided to be one more than the "
     "number of milestone points, but got number of schedulers 2 and the number of "
     "milestones to be equal to 0"),
]  # fmt: skip


@pytest.mark.parametrize(("fn", "exc", "msg"), ERRORS, ids=[e[2][:40] for e in ERRORS])
def test_errors_match_pytorch(fn, exc, msg):
    check_raises(fn, exc, msg)


def test_sequential_lr_other_optimizer_error():
    other = _optimizer()
    sched = S.StepLR(other, 2)
    with pytest.raises(ValueError, match="to belong to the same optimizer") as info:
        S.SequentialLR(OPT, [sched], milestones=[])
    assert str(info.value).startswith(
        "SequentialLR expects all schedulers to belong to the same optimizer, but got "
        "scheduler StepLR at index 0 has SGD ("
    )
    assert str(info.value).endswith("which is different from SGD.")


def test_reduce_on_plateau_new_group_without_default_min_lr():
    opt = _optimizer()
    sched = S.ReduceLROnPlateau(opt, patience=0, min_lr=[0.0, 0.0])
    opt.add_param_group({"params": [torch.zeros(1, requires_grad=True)]})
    sched.step(1.0)
    check_raises(
        lambda: sched.step(2.0),
        RuntimeError,
        "The number of param groups in the `optimizer` (3) differs from when "
        "`ReduceLROnPlateau` was initialized (2), usually due to a new param group being added "
        "to the optimizer. Please modify the `min_lrs` field to match the length of the "
        "`optimizer` param groups.",
    )
