from aliyunsdkkms.request.v20160120 import X
x = "unterminated
"""